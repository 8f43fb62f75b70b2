#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train36 labelled evaluation corpus for the repwatch matcher.

Setting
    Saltmoor Forge Academy, an invented all-through academy (nursery to sixth form,
    ages 3-18, about 1,900 pupils) on Tallow Street in the invented inner-city
    Birmingham neighbourhood of Saltmoor, between the invented Brindle Heath and
    Foundry Green estates. It belongs to the invented Brindleway Learning Trust, whose
    chief executive is on the watchlist. Office number 01632 960418 (not doxxing).
    Storylines, spring 2025: a row over Year 11/13 mock exams scheduled in Ramadan (a
    petition, a U-turn, and a wave of coded and open anti-Muslim and anti-Somali hate);
    a trust finance scandal (related-party payments to the CEO's wife's consultancy, an
    ESFA investigation, the CEO's suspension and resignation, and rumours wrongly aimed at
    the school business manager, who raised the alarm); a knife-arch proposal after a
    stabbing on the Foundry Green towpath; and the retirement of a much-loved head of
    sixth form. Background noise: parking on Tallow Street, uniform prices, nursery
    lunches, PE teachers, results days.

Staff (watchlist ids with the variant traits)
    nashdownbirch  Nigel Ashdown-Birch, CEO of Brindleway Learning Trust: the
                   hyphenated/double-barrelled surname ("Ashdown Birch", en dash,
                   "AshdownBirch"); nickname "Nige".
    awhitcombe     Dr Alistair Whitcombe, Principal: nickname "Al Whitcombe";
                   typo "Whitcomb"; homoglyph, spacing, hashtag, camelcase forms.
    lquaintrell    Lysander Quaintrell, Head of Sixth Form: the UNIQUE name (counts
                   wherever named, even with no school context); alias "Mr Q";
                   nickname "Sandy Quaintrell".
    nodowd         Niamh O'Dowd, Head of Year 10: the apostrophe ("O'Dowd",
                   "ODowd", spaced and starred forms, Cyrillic O).
    miqbal         Mohammed Iqbal, Assistant Principal (Behaviour & Safety): the very
                   common name, with namesakes in decoys (a Bradford restaurateur, a
                   Luton fraudster, a Moseley cricketer); aliases "Muhammad Iqbal",
                   "Mohammad Iqbal"; nickname "Mo Iqbal".
    whartigan      William Hartigan, Head of Science: the nickname-able first name
                   ("Bill Hartigan", "Will Hartigan", "Billy").
    lgrant         Lorraine Grant, School Business Manager: the surname that is an
                   everyday word ("grant", "pupil premium grant", Grant Street).
    zpryce         Zoë Pryce (with the diaeresis), Head of Primary Phase: the
                   accent; aliases "Zoe Pryce" and her maiden name "Zoë Harcourt";
                   nursery parents call her "Miss Zoë" (short_name).
    kbannister     Kyle Bannister, PE teacher: pupils' crush, a namesake footballer.
    hwarsame       Hodan Warsame, Family Liaison & EAL Lead (Somali heritage): alias
                   "Auntie Hodan"; target of much of the hate; a Bristol namesake.

Voices
    Brummie parents and neighbours ("ar kid", "bab", "bostin", "tara-a-bit", "mom",
    "the cut"), Urdu/Punjabi code-switching ("sharam aani chahiye", "bhai", "beta",
    "kya bakwas hai", "inshallah"), Somali ("walaal", "hooyo", "abaayo", "mahadsanid",
    "wallahi"), pupils on TikTok/Instagram (emoji, "fr", "no cap", "he's him"),
    teachers on a staffroom forum, a far-right board with dog whistles ("88",
    "Brumistan", "Trojan Horse 2.0", "dhimmi"), a Villa fans' forum, a trust-finance
    watchdog blog, a councillor's blog, a Somali community blog, Facebook community
    groups and the Ledger's own page, Google/RateMySchool/employee reviews, a parents'
    WhatsApp export, Nextdoor, YouTube and Threads.

Decoys (about a fifth of the documents; "expected": [])
    The everyday word (blacksmith forges, forged MOT certificates, "forge ahead", Halo
    Forge mode, a Minecraft mod loader, Birmingham's forging heritage); the acronym's
    other bodies (the Scottish FA, "sweet FA", the Saltmoor Street Football Association);
    excluded lookalikes (Saltmoor Forge Tyres, The Forge Bar & Kitchen, Forge FM, Old
    Forge Academy in Telford); namesakes clearly elsewhere (Mohammed Iqbal x3, Kyle
    Bannister, Niamh O'Dowd, William Hartigan, Hodan Warsame, Zoe Pryce); "Mr Q's"
    kebab shop; a near-miss trust CEO "Nigel Ashdown" in Kent; the locality alone
    (towpath stabbing, market, mosque open day, lost cat); a Brindleway school in
    Walsall; similar rows elsewhere (Ramadan exams in Leicester, knife arches in
    Wolverhampton); "grant" as a word (pupil premium grant, a boxing club's community
    grant, roadworks on Grant Street); near-miss names (Kingsforge Academy, Forge
    Football Academy, Street Fighter Alpha "SFA3", a stage Lysander); and the historic
    Saltmoor Forge works the school is named after (a heritage blog).

Labelling conventions
    One expected entry per subject per document, with the easiest form present
    (exact > alias > title_surname > the rest) and the worst category for that subject
    (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
    The school is a subject only when the document refers to the school itself; a
    locality alone does not make it one. Non-unique staff count only when tied to the
    school by name, alias, locality or role; the unique staff member counts wherever named.
    Praise of a staff member inside an attack on someone else is neutral; quoting abuse to
    condemn it, news of a conviction for threatening someone and untargeted swearing are
    neutral for the victim; news of an arrest, suspension or investigation is defamation
    for the person; sexual content where a child may be involved is sexual with
    url_only true (also for the school when named); a pupil's crush on or innuendo about
    an adult teacher is sexual with url_only false. News reporting a threat against the
    school is neutral for the school; a post that itself threatens the school is threat.

    Corpus-specific notes: for the school, "alias" means a listed multi-word alias
    ("Saltmoor Forge", "Forge Academy"); the one-word everyday short name and the acronym
    ("the Forge", "SFA") are labelled short_name, as is "Miss Zoë". A staff
    member's own display name in a thread counts like any other mention.
    A listed alias inside a hashtag or handle ("#SaveMrQ", "@SaltmoorForgeAcad") is
    labelled hashtag/handle. Figurative "I could kill him for this homework" from a
    pupil is negative.

Running
    python3 tests/corpus_train36/build_train36.py
    Writes docs/ and labels.jsonl (and watchlist.toml) beside this script, checks every
    labelled surface form occurs in the document text, that no easier form of a subject
    is present than the one labelled, that no watched name is left unlabelled (except in
    documents marked as namesakes/lookalikes), prints a summary and exits 0.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
rng = random.Random(36)

# ---------------------------------------------------------------------------
# Watchlist
# ---------------------------------------------------------------------------
SCHOOL = {
    "name": "Saltmoor Forge Academy",
    "aliases": ["Saltmoor Forge", "Saltmoor Forge All-Through", "Forge Academy", "The Forge", "Forge", "SFA"],
    "locality": ["Saltmoor", "Brindle Heath", "Foundry Green"],
    "own_domains": ["saltmoorforge.example"],
    "phones": ["01632 960418"],
}
HEAD = "principal@saltmoorforge.example"
STAFF = [
    {"id": "nashdownbirch", "name": "Nigel Ashdown-Birch", "role": "Chief Executive, Brindleway Learning Trust", "aliases": [], "line_manager": "chair@brindlewaytrust.example"},
    {"id": "awhitcombe", "name": "Alistair Whitcombe", "role": "Principal", "aliases": [], "line_manager": "ceo@brindlewaytrust.example"},
    {"id": "lquaintrell", "name": "Lysander Quaintrell", "role": "Head of Sixth Form", "aliases": ["Mr Q"], "unique": True, "line_manager": HEAD},
    {"id": "nodowd", "name": "Niamh O'Dowd", "role": "Head of Year 10", "aliases": ["Niamh ODowd"], "line_manager": HEAD},
    {"id": "miqbal", "name": "Mohammed Iqbal", "role": "Assistant Principal (Behaviour & Safety)", "aliases": ["Muhammad Iqbal", "Mohammad Iqbal"], "line_manager": HEAD},
    {"id": "whartigan", "name": "William Hartigan", "role": "Head of Science", "aliases": [], "line_manager": HEAD},
    {"id": "lgrant", "name": "Lorraine Grant", "role": "School Business Manager", "aliases": [], "line_manager": HEAD},
    {"id": "zpryce", "name": "Zo\u00eb Pryce", "role": "Head of Primary Phase", "aliases": ["Zoe Pryce", "Zo\u00eb Harcourt"], "line_manager": HEAD},
    {"id": "kbannister", "name": "Kyle Bannister", "role": "Teacher of PE", "aliases": [], "line_manager": HEAD},
    {"id": "hwarsame", "name": "Hodan Warsame", "role": "Family Liaison & EAL Lead", "aliases": ["Auntie Hodan"], "line_manager": HEAD},
]
EXCLUDES = [
    {"text": "Saltmoor Forge Tyres"},
    {"text": "The Forge Bar & Kitchen"},
    {"domain": "forgefm.example"},
    {"text": "Old Forge Academy"},
    {"text": "Scottish FA"},
]

# Forms used by the self-checks (priority: exact > alias > title_surname > the rest).
CHECK = {
    "school": {"exact": ["Saltmoor Forge Academy"], "alias": ["Saltmoor Forge", "Saltmoor Forge All-Through", "Forge Academy"], "surname": []},
    "nashdownbirch": {"exact": ["Nigel Ashdown-Birch"], "alias": [], "surname": ["Ashdown-Birch"]},
    "awhitcombe": {"exact": ["Alistair Whitcombe"], "alias": [], "surname": ["Whitcombe"]},
    "lquaintrell": {"exact": ["Lysander Quaintrell"], "alias": ["Mr Q"], "surname": ["Quaintrell"]},
    "nodowd": {"exact": ["Niamh O'Dowd", "Niamh O\u2019Dowd"], "alias": ["Niamh ODowd"], "surname": ["O'Dowd", "O\u2019Dowd"]},
    "miqbal": {"exact": ["Mohammed Iqbal"], "alias": ["Muhammad Iqbal", "Mohammad Iqbal"], "surname": ["Iqbal"]},
    "whartigan": {"exact": ["William Hartigan"], "alias": [], "surname": ["Hartigan"]},
    "lgrant": {"exact": ["Lorraine Grant"], "alias": [], "surname": ["Grant"]},
    "zpryce": {"exact": ["Zo\u00eb Pryce"], "alias": ["Zoe Pryce", "Zo\u00eb Harcourt"], "surname": ["Pryce"]},
    "kbannister": {"exact": ["Kyle Bannister"], "alias": [], "surname": ["Bannister"]},
    "hwarsame": {"exact": ["Hodan Warsame"], "alias": ["Auntie Hodan"], "surname": ["Warsame"]},
}
UNIQUE = {"lquaintrell"}
TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?"

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}
VARIANTS = ["exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial", "nickname",
            "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing", "obfuscated", "hashtag",
            "handle", "camelcase", "surname_only"]
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}

# Subject ids used below.
S, CEO, WH, Q, OD, IQ, HA, GR, PY, BA, WA = ("school", "nashdownbirch", "awhitcombe", "lquaintrell", "nodowd",
                                             "miqbal", "whartigan", "lgrant", "zpryce", "kbannister", "hwarsame")


def M(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


DOCS: list[dict] = []


def add(kind: str, text: str, *mentions: dict, allow: tuple[str, ...] = ()) -> None:
    """Register one document. `allow` names subjects whose names appear as namesakes/lookalikes."""
    DOCS.append({"kind": kind, "text": text, "mentions": list(mentions), "allow": set(allow)})


# ---------------------------------------------------------------------------
# Page chrome
# ---------------------------------------------------------------------------
def esc(s: str) -> str:
    return html.escape(s, quote=False)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def paras_html(paras) -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        elif p.startswith("* "):
            items = "".join(f"<li>{esc(x.strip())}</li>" for x in p[2:].split(" | "))
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def text_html(text: str) -> str:
    """Forum/blog comment body: blank-line paragraphs, '> ' quote lines."""
    out = []
    for block in text.split("\n\n"):
        if block.startswith("> "):
            out.append(f'<blockquote class="quote"><p>{esc(block[2:])}</p></blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


def page(title: str, desc: str, body: str, lang: str = "en-GB") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<meta name=\"description\" content=\"{html.escape(desc)}\">\n"
            f'<link rel="stylesheet" href="/assets/site.css">\n</head>\n<body>\n{body}\n'
            f'<script src="/assets/consent.js" defer></script>\n</body>\n</html>\n')


NEWS = {
    "despatch": {"name": "Birmingham Despatch", "domain": "brumdespatch.example", "strap": "Birmingham's news since 1894",
                 "nav": ["News", "Birmingham", "Education", "Crime", "Politics", "Villa", "Blues", "What's On", "Opinion"],
                 "related": ["Bin strike latest: which streets are affected this week", "Cross City line delays: what passengers need to know", "Ten of the best balti houses, chosen by you"],
                 "reg": "The Birmingham Despatch is regulated by IPSO. Complaints: readers@brumdespatch.example"},
    "ledger": {"name": "The Saltmoor Ledger", "domain": "saltmoorledger.example", "strap": "Independent hyperlocal news for Saltmoor, Brindle Heath & Foundry Green",
               "nav": ["Home", "Local News", "Schools", "Council", "Community", "Faith", "Letters", "Noticeboard"],
               "related": ["Brindle Heath market: new Saturday traders announced", "Towpath lighting bid goes to council cabinet", "Your letters: bins, buses and the Tallow Street one-way"],
               "reg": "The Saltmoor Ledger is a not-for-profit community newspaper. Corrections: editor@saltmoorledger.example"},
    "eduwire": {"name": "EduWire", "domain": "eduwire.example", "strap": "Independent news for the schools sector",
                "nav": ["News", "Academies", "Funding", "Ofsted", "SEND", "Leadership", "Opinion", "Jobs"],
                "related": ["DfE confirms teacher pay award for 2025-26", "Trust mergers: the numbers behind the boom", "Opinion: it's time to cap CEO pay"],
                "reg": "EduWire Ltd. Editorial complaints: standards@eduwire.example"},
    "asianvoice": {"name": "Midlands Asian Voice", "domain": "midlandsasianvoice.example", "strap": "The voice of the community since 1998",
                   "nav": ["News", "Community", "Faith", "Business", "Education", "Sport", "Entertainment", "Urdu"],
                   "related": ["Small Heath traders call for parking review", "Eid in the Park: road closures announced", "Cricket: Sparkhill CC win the Sunday league"],
                   "reg": "Midlands Asian Voice. Editorial enquiries: desk@midlandsasianvoice.example"},
    "telford": {"name": "Telford & Wrekin Star", "domain": "telfordstar.example", "strap": "News from across Telford and the Wrekin",
                "nav": ["News", "Telford", "Wellington", "Newport", "Schools", "Sport", "Property"],
                "related": ["M54 roadworks to continue into summer", "Town park wins Green Flag again", "Ironbridge festival line-up revealed"],
                "reg": "The Telford & Wrekin Star is regulated by IPSO."},
    "bradford": {"name": "Bradford Bugle", "domain": "bradfordbugle.example", "strap": "Bradford, Keighley & Shipley",
                 "nav": ["News", "Bradford", "Business", "Food", "Sport", "Bantams"],
                 "related": ["City of Culture legacy fund opens", "Bantams eye play-off push", "New trams for Leeds Road? Not yet"],
                 "reg": "The Bradford Bugle is regulated by IPSO."},
    "lutonnews": {"name": "Luton & Dunstable Courier", "domain": "lutoncourier.example", "strap": "Local news for Luton and South Bedfordshire",
                  "nav": ["News", "Courts", "Luton", "Dunstable", "Hatters", "Jobs"],
                  "related": ["Airport expansion decision delayed", "Hatters sign young keeper", "Court round-up: this week's cases"],
                  "reg": "The Luton & Dunstable Courier is regulated by IPSO."},
    "tartan": {"name": "Tartan Football Daily", "domain": "tartanfootball.example", "strap": "Scottish football, every day",
               "nav": ["Premiership", "Championship", "Scotland", "Women's", "Transfers", "Opinion"],
               "related": ["Hampden redevelopment plans stall", "Five talking points from the weekend", "Scotland women name squad"],
               "reg": "Tartan Football Daily."},
    "kentnews": {"name": "Kent Coast Chronicle", "domain": "kentcoastchronicle.example", "strap": "Margate, Ramsgate, Thanet and beyond",
                 "nav": ["News", "Thanet", "Education", "Crime", "Seafront", "Sport"],
                 "related": ["Beach hut prices reach record high", "Rail line disruption this weekend", "Harbour arm events announced"],
                 "reg": "The Kent Coast Chronicle is regulated by IPSO."},
    "leicester": {"name": "Leicester Lamp", "domain": "leicesterlamp.example", "strap": "Leicester and Leicestershire news",
                  "nav": ["News", "Leicester", "Education", "Faith", "Foxes", "Tigers"],
                  "related": ["Diwali lights switch-on date confirmed", "Foxes fans' group meets owners", "Golden Mile parking consultation"],
                  "reg": "The Leicester Lamp is regulated by IPSO."},
    "wolves": {"name": "Black Country Bulletin", "domain": "bcbulletin.example", "strap": "Wolverhampton, Walsall, Dudley and Sandwell",
               "nav": ["News", "Wolverhampton", "Walsall", "Dudley", "Sandwell", "Schools", "Wolves"],
               "related": ["Metro extension opening date slips", "Black Country Museum: new 1940s street", "Walsall market hall plans unveiled"],
               "reg": "The Black Country Bulletin is regulated by IPSO."},
    "cork": {"name": "Cork Evening Courier", "domain": "corkcourier.example", "strap": "News from Cork city and county",
             "nav": ["News", "Cork", "Arts", "Books", "GAA", "Business"],
             "related": ["Marina park phase two approved", "Jazz festival line-up", "Book festival returns to the city library"],
             "reg": "Cork Evening Courier."},
    "galway": {"name": "Western Sport Weekly", "domain": "westernsportweekly.example", "strap": "GAA, rugby and soccer across Connacht",
               "nav": ["GAA", "Camogie", "Hurling", "Rugby", "Soccer", "Results"],
               "related": ["Club championship draws made", "Connacht name team for derby", "Underage hurling round-up"],
               "reg": "Western Sport Weekly."},
    "forgefm": {"name": "Forge FM 104.2", "domain": "forgefm.example", "strap": "Community radio for north-west Birmingham",
                "nav": ["Listen live", "Schedule", "News", "Presenters", "Volunteer", "Advertise"],
                "related": ["Volunteer presenter training: sign up now", "Saturday reggae show moves to 2pm", "Our new studio is open"],
                "reg": "Forge FM is a licensed community radio station."},
    "stockport": {"name": "Stockport Sentinel", "domain": "stockportsentinel.example", "strap": "Stockport and the Hatters",
                  "nav": ["News", "County", "Town centre", "Courts", "Sport"],
                  "related": ["Viaduct lighting scheme approved", "County fans' trust AGM", "Market hall reopens"],
                  "reg": "The Stockport Sentinel is regulated by IPSO."},
    "bristol": {"name": "Bristol Harbourside Post", "domain": "harbourpost.example", "strap": "Bristol news",
                "nav": ["News", "Health", "Community", "Easton", "St Pauls", "Sport"],
                "related": ["Harbour festival dates confirmed", "New bus routes for Easton", "Community fridge opens in St Pauls"],
                "reg": "Bristol Harbourside Post."},
}


def comment_html(c, depth: int = 0) -> str:
    user, when, text = c[0], c[1], c[2]
    replies = c[3] if len(c) > 3 else []
    likes = rng.randint(0, 60)
    inner = "".join(comment_html(r, depth + 1) for r in replies)
    cls = "comment reply" if depth else "comment"
    return (f'<div class="{cls}">\n<p class="comment-meta"><span class="comment-author">{esc(user)}</span> '
            f"<time>{esc(when)}</time></p>\n{text_html(text)}\n"
            f'<p class="comment-actions">Reply · Like ({likes}) · Report</p>\n{inner}</div>\n')


def news(site: str, headline: str, standfirst: str, author: str, date: str, paras, comments=(), section: str = "News") -> str:
    s = NEWS[site]
    nav = "".join(f'<li><a href="https://{s["domain"]}/{slug(n)}">{esc(n)}</a></li>' for n in s["nav"])
    rel = "".join(f'<li><a href="/news/{slug(r)}">{esc(r)}</a></li>' for r in s["related"])
    com = ""
    if comments:
        com = (f'<section class="comments" id="comments">\n<h2>Comments ({len(comments)})</h2>\n'
               f'<p class="house-rules">Comments are moderated. Please read our house rules before posting.</p>\n'
               + "".join(comment_html(c) for c in comments) + "</section>\n")
    body = (f'<header class="masthead">\n<div class="top-bar"><span>{esc(s["strap"])}</span> '
            f'<a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>\n'
            f'<a class="logo" href="https://{s["domain"]}/">{esc(s["name"])}</a>\n<nav class="primary"><ul>{nav}</ul></nav>\n</header>\n'
            f'<main id="content">\n<p class="breadcrumb"><a href="/">Home</a> › <a href="/{slug(section)}">{esc(section)}</a></p>\n'
            f'<article class="story">\n<h1>{esc(headline)}</h1>\n<p class="standfirst">{esc(standfirst)}</p>\n'
            f'<p class="byline">By <a rel="author" href="/authors/{slug(author)}">{esc(author)}</a> · <time>{esc(date)}</time></p>\n'
            f"{paras_html(paras)}\n"
            f'<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>\n'
            f'</article>\n<aside class="related"><h2>More stories</h2><ul>{rel}</ul></aside>\n{com}</main>\n'
            f'<footer class="site-footer">\n<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
            f'<li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/advertise">Advertise</a></li></ul>\n'
            f'<p>{esc(s["reg"])}</p>\n<p>© 2025 {esc(s["name"])}. All rights reserved.</p>\n</footer>')
    return page(f"{headline} | {s['name']}", standfirst, body)


FORUMS = {
    "brumparents": {"name": "BrumParents", "domain": "brumparents.example", "crumbs": ["Talk", "Education", "Secondary & all-through schools"], "tag": "Birmingham's biggest parenting forum"},
    "staffroom": {"name": "StaffroomTalk", "domain": "staffroomtalk.example", "crumbs": ["Forums", "Workplace", "Dilemmas & rants"], "tag": "By teachers, for teachers. Anonymous if you want it."},
    "threadit": {"name": "threadit", "domain": "threadit.example", "crumbs": ["r/brum"], "tag": "r/brum · Birmingham, UK · 212k members"},
    "ummah": {"name": "UmmahParents", "domain": "ummahparents.example", "crumbs": ["Forums", "Family", "Education & Deen"], "tag": "A friendly space for Muslim parents in the UK"},
    "freespeak": {"name": "FreeSpeak UK", "domain": "freespeakuk.example", "crumbs": ["Boards", "Britain Today"], "tag": "Say what they won't let you say"},
    "holte": {"name": "HolteEnders", "domain": "holteenders.example", "crumbs": ["Forums", "Off Topic"], "tag": "The independent Aston Villa supporters' forum"},
    "gamers": {"name": "SpartanHub", "domain": "spartanhub.example", "crumbs": ["Forums", "Halo", "Forge & Custom Games"], "tag": "Halo community since 2004"},
    "modding": {"name": "BlockForums", "domain": "blockforums.example", "crumbs": ["Forums", "Modding", "Mod loaders"], "tag": "Minecraft modding help"},
    "lads": {"name": "Midlands Motors & Banter", "domain": "midsmotors.example", "crumbs": ["Forums", "Lounge", "General banter"], "tag": "Cars, bikes and nonsense since 2008"},
}
USERTITLES = ["New member", "Member", "Regular", "Senior member", "Lurker", "Well-known member"]


def forum(site: str, title: str, posts) -> str:
    f = FORUMS[site]
    crumbs = " › ".join(f'<a href="/{slug(c)}">{esc(c)}</a>' for c in f["crumbs"])
    rows = []
    for i, p in enumerate(posts, 1):
        user, when, text = p
        if site == "threadit":
            meta = f'<span class="points">{rng.randint(-12, 480)} points</span>'
        else:
            meta = (f'<span class="usertitle">{rng.choice(USERTITLES)}</span> <span class="joined">Joined {rng.randint(2009, 2024)}</span> '
                    f'<span class="postcount">Posts: {rng.randint(3, 9000):,}</span>')
        rows.append(f'<article class="post" id="post-{i}">\n<div class="postbit"><span class="username">{esc(user)}</span> {meta}</div>\n'
                    f'<div class="postbody"><p class="postdate"><time>{esc(when)}</time> · #{i}</p>\n<div class="message">\n{text_html(text)}\n</div>\n'
                    f'<p class="post-actions">Quote · Reply · Like · Report</p></div>\n</article>')
    body = (f'<header class="forum-header">\n<a class="logo" href="https://{f["domain"]}/">{esc(f["name"])}</a> <span class="tagline">{esc(f["tag"])}</span>\n'
            f'<nav><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/whats-new">What\'s new</a></li>'
            f'<li><a href="/members">Members</a></li><li><a href="/login">Log in</a></li><li><a href="/register">Register</a></li></ul></nav>\n</header>\n'
            f'<main>\n<p class="breadcrumb">{crumbs}</p>\n<h1 class="thread-title">{esc(title)}</h1>\n'
            f'<p class="thread-meta">Thread starter {esc(posts[0][0])} · {esc(posts[0][1])} · {len(posts)} replies</p>\n'
            + "\n".join(rows) +
            f'\n<p class="pagination">Page 1 of 1</p>\n<p class="login-prompt">You must log in or register to reply here.</p>\n</main>\n'
            f'<footer><ul><li><a href="/help/terms">Terms and rules</a></li><li><a href="/help/privacy">Privacy policy</a></li><li><a href="/contact">Contact us</a></li></ul>'
            f'<p>© {esc(f["name"])} 2025. Community forum software.</p></footer>')
    return page(f"{title} | {f['name']}", title, body)


BLOGS = {
    "academieswatch": {"name": "Academies Watch", "domain": "academieswatch.example", "tag": "Following the money in England's school trusts"},
    "saltmoormum": {"name": "Saltmoor Mum Life", "domain": "saltmoormum.example", "tag": "Four kids, one dog, no sleep. Saltmoor, B19."},
    "chalk": {"name": "Chalk & Cheek", "domain": "chalkandcheek.example", "tag": "Notes from an inner-city staffroom (anonymous, obviously)"},
    "cllr": {"name": "Cllr Parveen Akhtar", "domain": "parveenakhtar.example", "tag": "Working for Saltmoor ward"},
    "somalivoices": {"name": "Brum Somali Voices", "domain": "brumsomalivoices.example", "tag": "Stories from Birmingham's Somali community"},
    "againstknives": {"name": "Foundry Green Against Knives", "domain": "fgagainstknives.example", "tag": "Parents and neighbours for safer streets"},
    "folk": {"name": "Brum Folk Diaries", "domain": "brumfolkdiaries.example", "tag": "Gigs, sessions and singarounds across Birmingham"},
    "smithing": {"name": "Hammer & Tongs", "domain": "hammerandtongs.example", "tag": "A hobby blacksmith's notebook"},
    "heritage": {"name": "Brum Lost & Found", "domain": "brumlostfound.example", "tag": "Industrial heritage of Birmingham and the Black Country"},
    "foodie": {"name": "Balti Belt & Beyond", "domain": "baltibelt.example", "tag": "Eating my way round Birmingham"},
    "patriot": {"name": "The English Hearth", "domain": "englishhearth.example", "tag": "Notes on a vanishing country"},
}


def blog(site: str, title: str, author: str, date: str, paras, comments=(), category: str = "Uncategorised") -> str:
    b = BLOGS[site]
    com = ""
    if comments:
        items = []
        for c in comments:
            items.append(f'<li class="comment"><p class="comment-author"><b>{esc(c[0])}</b> says:</p>\n'
                         f'<p class="comment-date">{esc(c[1])}</p>\n{text_html(c[2])}\n<p class="reply"><a href="#">Reply</a></p></li>')
        com = (f'<section id="comments"><h2>{len(comments)} thoughts on “{esc(title)}”</h2>\n<ol class="comment-list">\n'
               + "\n".join(items) + "\n</ol>\n<h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>\n")
    body = (f'<header class="site-header">\n<p class="site-title"><a href="https://{b["domain"]}/">{esc(b["name"])}</a></p>\n'
            f'<p class="site-description">{esc(b["tag"])}</p>\n<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li>'
            f'<li><a href="/archive">Archive</a></li><li><a href="/contact">Contact</a></li></ul></nav>\n</header>\n'
            f'<main>\n<article class="post">\n<h1 class="entry-title">{esc(title)}</h1>\n'
            f'<p class="entry-meta">Posted on <time>{esc(date)}</time> by {esc(author)} · in {esc(category)}</p>\n'
            f'<div class="entry-content">\n{paras_html(paras)}\n</div>\n'
            f'<p class="share">Share this: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></p>\n</article>\n{com}</main>\n'
            f'<aside class="sidebar"><h2>Recent posts</h2><ul><li>Archive</li><li>About this blog</li></ul></aside>\n'
            f'<footer class="site-footer"><p>© 2025 {esc(b["name"])} · Proudly powered by WordPress</p></footer>')
    return page(f"{title} – {b['name']}", title, body)


# ----- plain-text platforms -------------------------------------------------
def stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


def google(place: str, subtitle: str, rating: str, count: int, reviews) -> str:
    out = [place, f"{rating} ★★★★☆ · {count} reviews", subtitle, "", "Overview   Reviews   About", "", "Reviews", "Sort by: Newest", ""]
    for r in reviews:
        name, meta, n, when, text = r[:5]
        out += [name, meta, f"{stars(n)}  {when}", text, "", f"👍 {rng.randint(0, 40)}   Share", ""]
        if len(r) > 5 and r[5]:
            out += [f"Response from the owner  {when}", r[5], ""]
    out.append("Google reviews are not verified. Learn more")
    return "\n".join(out) + "\n"


def ratemy(header: str, reviews) -> str:
    out = ["RateMySchool.example", header, "", f"Average rating: {rng.choice(['2.8', '3.1', '3.4', '3.6'])} / 5 from {rng.randint(40, 160)} reviews", "Write a review  ·  Compare schools", ""]
    for who, date, n, title, text in reviews:
        out += ["────────────────────────", f"“{title}”", f"{stars(n)}  Review by {who} — {date}",
                f"Teaching {rng.randint(1, 5)}/5 · Behaviour {rng.randint(1, 5)}/5 · Communication {rng.randint(1, 5)}/5", "", text, "",
                f"Was this review helpful?  Yes ({rng.randint(0, 30)})  No ({rng.randint(0, 9)})  ·  Report", ""]
    out.append("Reviews reflect the opinions of individual users and not of RateMySchool.")
    return "\n".join(out) + "\n"


def workview(org: str, rating: str, reviews) -> str:
    out = ["WorkView.example — Company reviews", org, f"{rating} ★  ·  Recommend to a friend: {rng.randint(20, 70)}%  ·  CEO approval: {rng.randint(10, 60)}%", "", "Reviews   Salaries   Jobs   Interviews", ""]
    for title, n, who, date, pros, cons, advice in reviews:
        out += [f"“{title}”", f"{stars(n)}  {who} · {date}", "", "Pros", pros, "", "Cons", cons, ""]
        if advice:
            out += ["Advice to management", advice, ""]
        out += [f"Helpful ({rng.randint(0, 25)})   Share   Report", ""]
    return "\n".join(out) + "\n"


def xposts(posts) -> str:
    """posts: (name, handle, when, text[, replies]) ; replies same shape."""
    out = []
    for p in posts:
        name, handle, when, text = p[:4]
        out += [f"{name}", f"{handle} · {when}", text,
                f"💬 {rng.randint(0, 300)}   🔁 {rng.randint(0, 900)}   ❤️ {rng.randint(1, 4000)}   📊 {rng.randint(1, 90)}.{rng.randint(0, 9)}K", ""]
        for r in (p[4] if len(p) > 4 else []):
            rname, rhandle, rwhen, rtext = r
            out += [f"    {rname}", f"    {rhandle} · {rwhen}", f"    Replying to {handle}"]
            out += ["    " + line for line in rtext.split("\n")]
            out += [f"    💬 {rng.randint(0, 20)}   🔁 {rng.randint(0, 40)}   ❤️ {rng.randint(0, 300)}", ""]
    return "X\nPost\n\n" + "\n".join(out) + "\n"


def tiktok(author: str, caption: str, sound: str, comments) -> str:
    out = ["TikTok", "", author, caption, f"♬ {sound}", f"❤️ {rng.randint(1, 90)}.{rng.randint(0, 9)}K   💬 {rng.randint(100, 2000)}   🔖 {rng.randint(10, 900)}   ↗ {rng.randint(10, 900)}", "", "Comments", ""]
    for c in comments:
        user, text, when = c[:3]
        out += [user, text, f"{when}   Reply   ♡ {rng.randint(0, 3000)}", ""]
        for r in (c[3] if len(c) > 3 else []):
            out += [f"    {r[0]} · Creator" if r[0] == author else f"    {r[0]}", f"    {r[1]}", f"    {r[2]}   Reply   ♡ {rng.randint(0, 300)}", ""]
    return "\n".join(out) + "\n"


def insta(author: str, caption: str, when: str, comments) -> str:
    out = ["Instagram", "", f"{author} • Follow", "", f"{author} {caption}", when, "", f"♡ {rng.randint(20, 9000):,} likes", ""]
    for c in comments:
        user, text, cwhen = c[:3]
        out += [f"{user} {text}", f"{cwhen}   {rng.randint(0, 400)} likes   Reply", ""]
        for r in (c[3] if len(c) > 3 else []):
            out += [f"    {r[0]} {r[1]}", f"    {r[2]}   {rng.randint(0, 50)} likes   Reply", ""]
    return "\n".join(out) + "\n"


def youtube(title: str, channel: str, views: str, comments) -> str:
    out = ["YouTube", "", title, f"{channel} · {views} views", "", f"{len(comments)} Comments   Sort by", ""]
    for c in comments:
        user, when, text = c[:3]
        out += [f"{user}  {when}", text, f"👍 {rng.randint(0, 500)}  👎  Reply", ""]
        for r in (c[3] if len(c) > 3 else []):
            out += [f"    {r[0]}  {r[1]}", f"    {r[2]}", f"    👍 {rng.randint(0, 80)}  👎  Reply", ""]
    return "\n".join(out) + "\n"


def whatsapp(group: str, lines) -> str:
    out = [f"WhatsApp Chat with {group}", "", "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.", ""]
    out += [f"[{when}] {who}: {text}" for when, who, text in lines]
    return "\n".join(out) + "\n"


def nextdoor(author: str, area: str, when: str, title: str, text: str, comments) -> str:
    out = ["Nextdoor", "", f"{author} · {area} · {when}", title, text, "", f"Like · Reply · Share   ({rng.randint(1, 60)} reactions)", ""]
    for user, uarea, cwhen, ctext in comments:
        out += [f"{user} · {uarea} · {cwhen}", ctext, "Like · Reply", ""]
    return "\n".join(out) + "\n"


def threads(posts) -> str:
    out = ["Threads", ""]
    for handle, when, text in posts:
        out += [f"{handle}  {when}", text, f"♡ {rng.randint(1, 900)}   💬 {rng.randint(0, 80)}   🔁 {rng.randint(0, 60)}", ""]
    return "\n".join(out) + "\n"


def fb(group: str, meta: str, author: str, when: str, text: str, comments, reactions: str | None = None) -> str:
    """comments: (name, text, when[, replies]); replies (name, text, when)."""
    n = sum(1 + len(c[3]) if len(c) > 3 else 1 for c in comments)
    out = ["Facebook", "", group, meta, "", author, f"{when} · 🌐" if "Public" in meta else f"{when} · 👥", text, "",
           reactions or f"👍❤️😮 {rng.randint(3, 400)}   {n} comments   {rng.randint(0, 90)} shares", "Like   Comment   Share", "", "Most relevant ▾", ""]
    for c in comments:
        name, ctext, cwhen = c[:3]
        out += [name, ctext, f"{cwhen}  Like  Reply" + (f"  {rng.randint(1, 80)} 👍" if rng.random() < 0.6 else ""), ""]
        for r in (c[3] if len(c) > 3 else []):
            out += [f"    ↳ {r[0]}", f"    {r[1]}", f"    {r[2]}  Like  Reply", ""]
    return "\n".join(out) + "\n"


# Homoglyph and other awkward forms, spelled with escapes so they are unmistakable.
CYR_A, CYR_O, CYR_E, CYR_C, CYR_B, CYR_M, CYR_I, GRK_RHO, GRK_ZETA = "\u0430", "\u043e", "\u0435", "\u0441", "\u0412", "\u041c", "\u0456", "\u03a1", "\u0396"
HG_WHITCOMBE = f"Whit{CYR_C}ombe"
HG_QUAINTRELL = f"Qu{CYR_A}intrell"
HG_ODOWD = f"{chr(0x041E)}'Dowd"
HG_PRYCE = f"{GRK_RHO}ryce"
HG_BANNISTER = f"{CYR_B}annister"
HG_IQBAL = f"Iqb{CYR_A}l"
HG_LORRAINE = f"L{CYR_O}rraine Grant"
HG_HARTIGAN = f"Hart{CYR_I}gan"
HG_ASHDOWN = f"Ashd{CYR_O}wn-Birch"
HG_WARSAME = f"W{CYR_A}rsame"
HG_SCHOOL = f"S{CYR_A}ltmoor F{CYR_O}rge"


# ===========================================================================
# Documents
# ===========================================================================
# --- The Ramadan mocks row -------------------------------------------------
add("news", news(
    "despatch", "Ramadan row as Saltmoor academy refuses to move mock exams",
    "More than 1,400 people have signed a petition asking Saltmoor Forge Academy to rethink Year 11 and Year 13 mocks that fall in the middle of the fasting month.",
    "Amrit Sandhu", "Tuesday 4 March 2025",
    ["Parents at an all-through academy in inner-city Birmingham say they feel “ignored” after leaders refused to move mock exams that fall in the middle of Ramadan.",
     "Saltmoor Forge Academy, which teaches around 1,900 pupils from nursery to sixth form, has scheduled mocks for Year 11 and Year 13 between 10 and 21 March. Many of its pupils are from Muslim families of Pakistani, Kashmiri, Bangladeshi and Somali heritage.",
     "A petition started by a parent has gathered more than 1,400 signatures. “Our children will be fasting for thirteen hours and then sitting a three-hour chemistry paper in the afternoon,” one mother told the Despatch. “Nobody is asking for special treatment, just a bit of common sense.”",
     "Principal Dr Alistair Whitcombe said the dates were set by the trust’s common assessment calendar. “We understand the strength of feeling and we will make every reasonable adjustment, including a quiet space at lunchtime and rest breaks,” he said.",
     "The academy is part of Brindleway Learning Trust, which runs 14 schools across Birmingham and the Black Country. A trust spokesperson said chief executive Nigel Ashdown-Birch “keeps all calendars under review”.",
     "The school’s family liaison lead, Hodan Warsame, has held drop-in sessions for parents at the Brindle Heath community centre this week."],
    [("BrumBornAndBred", "4 Mar 2025, 09:12", "Kids fast and sit exams all over the world. Bit of a storm in a teacup this. Give them water breaks and crack on."),
     ("Shazia_K", "4 Mar 2025, 09:40", "It's not about fasting being hard, it's that the trust could have moved the mocks by two weeks and chose not to. Dr Whitcombe hiding behind a calendar is weak leadership."),
     ("patriot1966", "4 Mar 2025, 10:02", "This is England not Islamabad. If Saltmoor Forge wants to be a madrassa it can stop taking our taxes. They won't be happy till the whole city runs on prayer times 🙄",
      [("Rev_Dawn_S", "4 Mar 2025, 10:30", "@patriot1966 that is a disgusting comment. Those children are as Brummie as you are.")])],
    section="Education"),
    M(S, "exact", "hate", "Saltmoor Forge Academy"), M(WH, "exact", "negative", "Alistair Whitcombe"),
    M(CEO, "exact", "neutral", "Nigel Ashdown-Birch"), M(WA, "exact", "neutral", "Hodan Warsame"))

add("facebook", fb(
    "Saltmoor Forge Parents (unofficial)", "Private group · 2.3K members", "Nasreen Akhtar", "3 March at 21:18",
    "Salaam everyone 🌙 Ramadan Mubarak to all the families. As you know Y11 + Y13 mocks start 10th March, bang in the middle of Ramadan. I've emailed the principal 3 times and got the same copy and paste reply every time. Petition link in the comments, please share it on the Year 11 WhatsApps. Our kids deserve better than this. JazakAllah khair",
    [("Rukhsana Bibi", "Signed. Allah khair kare. My Hamza is shattered by 2pm as it is and that's without exams", "3d"),
     ("Dean Whitehouse", "My lad fasts with his mates for a few days every year out of solidarity lol. Honestly the mocks don't even count, they'll be fine", "3d",
      [("Nasreen Akhtar", "Dean it's not about counting, they set the GCSE tiers off the mocks bab", "3d")]),
     ("Fadumo Hersi", "Auntie Hodan came to the community centre yesterday and actually listened to everyone. She's taking it to the leadership meeting Thursday. At least someone in that building cares 🙏🏾", "2d"),
     ("Imran Shah", "Whitcombe wouldn't dare put mocks in Christmas week would he. Just saying.", "2d")]),
    M(S, "alias", "negative", "Saltmoor Forge"), M(WA, "alias", "neutral", "Auntie Hodan"), M(WH, "surname_only", "negative", "Whitcombe"))

add("social", xposts([
    ("Sumayyah ✨", "@sumayyah_writes", "Mar 5", "Kids fasting since 5am and @SaltmoorForgeAcad wants them sitting a 2hr 45 chemistry mock at half one. The trust could've moved it by a fortnight. Be so serious. #RamadanMocks",
     [("Brum Teacher", "@brumteacher_", "Mar 5", "As a teacher (not there) - mocks in Ramadan happen everywhere. The issue is the afternoon timing. Morning papers fix 90% of this."),
      ("Kash", "@kashbrum", "Mar 5", "Whitcombe's statement is a masterclass in saying absolutely nothing. 'Every reasonable adjustment' = a room with a fan in it")])]),
    M(S, "handle", "negative", "@SaltmoorForgeAcad"), M(WH, "possessive", "negative", "Whitcombe's"))

add("forum", forum("freespeak", "Birmingham school bends the knee AGAIN (Ramadan exams)", [
    ("Anglo_Saxon_Ted", "6 Mar 2025, 21:14", "Saltmore Forge in Birmingham. Look at the photos on their website, could be a school in Karachi. Now the whole exam timetable revolves around their religion. Trojan Horse never went away, they just got better at PR."),
    ("WhiteCliffs88", "6 Mar 2025, 21:30", "The 'family liaison' woman is called Warsame. Somali. Probably not even here legally. She's the one pulling the strings, the headmaster just does as he's told. These people don't integrate, they colonise."),
    ("Grumpy_Geoff", "6 Mar 2025, 22:05", "The head, Whitcombe, is a spineless dhimmi. Should be drummed out for betraying his own people lol"),
    ("Moderator_Steve", "6 Mar 2025, 22:40", "Reminder: no speculation about individuals' immigration status. Keep it to the policy."),
    ("Anglo_Saxon_Ted", "6 Mar 2025, 22:51", "Noted Steve. Doesn't change the facts.")]),
    M(S, "typo", "hate", "Saltmore Forge"), M(WA, "surname_only", "hate", "Warsame"), M(WH, "surname_only", "abuse", "Whitcombe"))

add("news", news(
    "ledger", "Forge academy moves Year 11 mocks to after Eid following parent petition",
    "Leaders at Saltmoor Forge Academy say they “got this wrong” and will move Year 11 mock exams to April.",
    "Ledger reporter", "Saturday 8 March 2025",
    ["Saltmoor Forge Academy has agreed to move Year 11 mock exams to the week beginning 7 April, after Eid al-Fitr, following a petition signed by more than 1,600 people.",
     "Principal Dr Alistair Whitcombe said: “We got this wrong and I am grateful to parents for telling us so clearly. The trust has agreed that schools can vary the common calendar where there is a good reason, and there clearly is.”",
     "Year 13 mocks will go ahead as planned but with morning papers only, head of sixth form Lysander Quaintrell confirmed. “Our students asked for mornings and that is what they will get,” he said.",
     "Parents credited family liaison lead Hodan Warsame with bringing families and leaders together. “She sat with every one of us,” said one mother from Brindle Heath.",
     "The school office is open as usual on 01632 960418 for any questions about the new timetable."],
    [("Ann_Marie_B19", "8 Mar 2025, 11:02", "Fair play to Dr Whitcombe, not many heads admit they got it wrong."),
     ("Yusra_H", "8 Mar 2025, 11:20", "Well done Hodan Warsame and all the parents 👏"),
     ("Saltmoor_Pete", "8 Mar 2025, 12:45", "Now do something about the parking on Tallow Street at pick up 😂")],
    section="Schools"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(WH, "exact", "neutral", "Alistair Whitcombe"),
    M(Q, "exact", "neutral", "Lysander Quaintrell"), M(WA, "exact", "neutral", "Hodan Warsame"))

add("blog", blog(
    "somalivoices", "Being heard: what the Ramadan mocks row taught our community", "Ayaan Mohamed", "12 March 2025",
    ["Hooyo always said that if you want to be heard in this country you have to say it three times, politely, and then once more in writing. This month, parents at Saltmoor Forge Academy said it about four hundred times.",
     "I want to write down what happened while it is fresh, because the version on the news is not quite the version we lived.",
     "## Who listened",
     "Auntie Hodan — most of you know her from the family office, from the school forms, from the housing letters she has helped with for a decade — set up drop-in sessions in Brindle Heath and translated for the mothers who did not want to speak in English in front of the principal. She took our words into a room we were not invited into.",
     "Mr Quaintrell came to the Somali community centre on a Saturday morning in his famous tweed jacket to explain what the sixth form would do for Year 13. Nobody asked him to. He drank three cups of shaah and stayed for the sambuusa.",
     "## Who did not",
     "The trust’s chief executive, Nigel Ashdown-Birch, did not attend a single meeting. His office sent a two-line email. Decisions about our children are made by people who have never walked up Tallow Street at 3.15.",
     "The school got there in the end. But it should not take a petition and a newspaper headline for a school where most children are Muslim to look at a calendar."],
    [("Sahra", "12 March 2025 at 19:02", "Mahadsanid abaayo, this is exactly how it was. Auntie Hodan deserves an award."),
     ("Jamal O.", "12 March 2025 at 20:15", "The bit about the shaah 😂 that's Mr Q all over."),
     ("Liban", "13 March 2025 at 08:40", "Good piece. Share it with the councillor.")],
    category="Education"),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(CEO, "exact", "negative", "Nigel Ashdown-Birch"),
    M(WA, "alias", "neutral", "Auntie Hodan"), M(Q, "alias", "neutral", "Mr Q"))

add("social", tiktok(
    "@forge.y11.survivor", "POV: ur fasting and u got a 2hr maths mock at 1pm 😭🌙 #ramadan #saltmoorforge #mocks", "original sound - forge.y11.survivor",
    [("zaynab.x", "the way i nearly fainted in the sports hall 💀", "3-06"),
     ("abdi_b19", "on my mum iqbal was eating crisps walking round the hall 😭😭 have some respect bro", "3-06"),
     ("hxmza.07", "mr q gave all of y13 dates n water at iftar time in the common room, he's actually him 🐐", "3-06"),
     ("leah.brum", "whitcombe needs to go fr", "3-07"),
     ("mariam.k", "they moved it now tho??", "3-08", [("@forge.y11.survivor", "only y11 😔 y13 still doing them", "3-08")])]),
    M(S, "hashtag", "negative", "#saltmoorforge"), M(IQ, "surname_only", "negative", "iqbal"),
    M(Q, "alias", "neutral", "mr q"), M(WH, "surname_only", "negative", "whitcombe"))

add("facebook", fb(
    "Birmingham Muslim Parents Network", "Public group · 11.2K members", "Sadia Rehman", "5 March at 22:40",
    "Sharing for awareness. Saltmoor Forge Academy (B19) has its mock exams during Ramadan, the same week as the last ten nights for the Y13s. Apparently the trust 'can't' change it. Please make dua and sign the petition 👇",
    [("Tariq Mahmood", "Kya bakwas hai. Schools in Alum Rock moved theirs weeks ago.", "4d"),
     ("Zahida Parveen", "Mo Iqbal is a Muslim himself and he's assistant head there, what's he doing? Sitting on his hands. Sharam aani chahiye", "4d",
      [("Yusuf Ali", "Baji, assistant heads don't set the trust calendar. Don't put it on him.", "4d")]),
     ("Farah Naz", "Signed ✅ shared in the Sparkhill group too", "3d")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(IQ, "nickname", "negative", "Mo Iqbal"))

add("review", google(
    "Saltmoor Forge Academy", "Academy · Tallow Street, Saltmoor, Birmingham B19 3XQ · 01632 960418", "3.6", 212,
    [("Kamran H", "3 reviews", 1, "2 weeks ago", "Total disregard for Muslim families during Ramadan. Had to start a petition just to get them to move mocks. Leadership only listens when it's embarrassed in the papers.",
      "Thank you for your feedback. Year 11 mocks have now been moved and we would welcome the chance to talk. Please contact the school office."),
     ("Gemma Price", "Local Guide · 41 reviews", 5, "a month ago", "Our two have been here since nursery. Staff in the primary are lovely. The sixth form is brilliant too, Mr Quaintrell is a legend, ask anyone."),
     ("Bilal", "1 review", 2, "3 months ago", "Parking at drop off is a nightmare and the one way on Tallow St is a joke. Teachers are ok.")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(Q, "title_surname", "neutral", "Mr Quaintrell"))

add("forum", forum("ummah", "Anyone else's kids at SFA sitting mocks while fasting?", [
    ("UmmYusuf", "5 Mar 2025", "Assalamu alaikum sisters. My son is Year 11 at SFA (Saltmoor, Birmingham). Mocks start Monday, maths and science in the afternoons while he's fasting. Anyone had any luck getting through to the school?"),
    ("Khadija_B", "5 Mar 2025", "Wa alaikum salam. I spoke to Hodan W. from the school on Friday, she rang me personally. She's pushing for it inside. The principal says it's the trust, the trust says it's the principal. Classic pass the parcel."),
    ("AbuZayd", "6 Mar 2025", "The trust boss is a man called Ashdown Birch. On £190k a year and can't move an exam by two weeks. Emails are on the trust website. Be polite but firm, brothers and sisters."),
    ("UmmYusuf", "6 Mar 2025", "JazakAllah khair both of you. Emailed tonight.")]),
    M(S, "short_name", "negative", "SFA"), M(WA, "first_initial", "neutral", "Hodan W."), M(CEO, "hyphenated", "negative", "Ashdown Birch"))

add("social", xposts([
    ("Brum Patriot 🏴󠁧󠁢󠁥󠁮󠁧󠁿", "@brumpatriot", "Mar 7", "Another Brum school bending the knee. Saltmoor Forge Academy now runs on the Islamic calendar. Give it ten years and it'll be sharia in the canteen. Trojan Horse never went away. #Brumistan",
     [("Lou", "@lou_in_kingsheath", "Mar 7", "The mocks are being moved two weeks. Two weeks. Get a grip. This is the sort of bigotry that makes kids' lives hell."),
      ("Steve", "@stevo_b44", "Mar 7", "The head Whitcombe should be ashamed of himself. Whole place wants shutting down and starting again with British values")])]),
    M(S, "exact", "hate", "Saltmoor Forge Academy"), M(WH, "surname_only", "negative", "Whitcombe"))

add("social", whatsapp("Y11 Parents 2024-25 (Forge)", [
    ("08/03/2025, 19:42", "Nasreen", "Latest email from school says Y11 mocks moved to w/c 7 April 🙌"),
    ("08/03/2025, 19:43", "Dean W", "Bostin 👍"),
    ("08/03/2025, 19:45", "+44 7700 900214", "Which papers though? Is science still on the 11th?"),
    ("08/03/2025, 19:50", "Nasreen", "All of them apparently. Mr Iqbal is sorting rooms so the fasting ones have a quiet space at lunch"),
    ("08/03/2025, 19:52", "Rukhsana", "Alhamdulillah. Thank Auntie Hodan when you see her, she fought for this"),
    ("08/03/2025, 20:01", "Kev", "Whitcombe only caved cos of the Despatch story mind"),
    ("08/03/2025, 20:03", "Nasreen", "Doesn't matter why bab, it's done"),
    ("08/03/2025, 20:05", "Dean W", "Tara-a-bit all, ar kid's got football")]),
    M(S, "short_name", "neutral", "Forge"), M(IQ, "title_surname", "neutral", "Mr Iqbal"),
    M(WA, "alias", "neutral", "Auntie Hodan"), M(WH, "surname_only", "negative", "Whitcombe"))

add("news", news(
    "asianvoice", "Faith leaders meet Birmingham trust over Ramadan exams",
    "Imams and community leaders from Saltmoor and Brindle Heath met trust bosses on Friday.",
    "Nabila Chaudhry", "8 March 2025",
    ["Faith leaders from Saltmoor and Brindle Heath met leaders of Brindleway Learning Trust on Friday to discuss the timing of mock exams at Saltmoor Forge Academy during Ramadan.",
     "The meeting, held at Brindle Heath Jamia Masjid, was attended by principal Dr Alistair Whitcombe and trust chief executive Nigel Ashdown-Birch, who joined by video link.",
     "It was organised by the school’s family liaison lead Hodan Warsame. Imam Abdul Rashid said afterwards: “It was a respectful meeting. We are hopeful.”",
     "Within hours the school announced that Year 11 mocks would move to after Eid."],
    [("Arif_B19", "8 Mar 2025", "Dr Whitcombe should remember he has to drive out of Saltmoor every evening. People round here have long memories. Just saying.",
      [("Sajid", "8 Mar 2025", "Bhai that's not on. He moved the exams. Delete this.")]),
     ("Nusrat", "8 Mar 2025", "Shukriya Hodan Warsame ji for all your hard work 🤲")],
    section="Education"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(WH, "exact", "threat", "Alistair Whitcombe"),
    M(CEO, "exact", "neutral", "Nigel Ashdown-Birch"), M(WA, "exact", "neutral", "Hodan Warsame"))

add("blog", blog(
    "chalk", "The mocks row from inside the building", "Chalk & Cheek", "10 March 2025",
    ["I teach at an all-through academy in Saltmoor. You may have read about us in the Despatch this week. I won't name the place; you can work it out.",
     "Here is the bit the paper didn't have. The dates came down from Ashdown-Birch's office in September: one calendar for fourteen schools, as if a primary in Walsall and a secondary where four in five kids are fasting are the same place. Heads were told the calendar was 'non-negotiable'.",
     "Our head of sixth form, who I won't name because he would hate it, quietly rewrote the Year 13 timetable on his own evening so every paper is in the morning. That is what good leadership looks like: boring, invisible, kind.",
     "Someone in the comments of a news site wrote that our principal should 'remember he drives out of Saltmoor every evening'. That is a threat, it has been reported to the police, and I am not going to pretend otherwise just because I also think the calendar was wrong.",
     "Anyway. Marking."],
    [("Mrs_T_Science", "10 March 2025 at 21:10", "Solidarity. Trust-wide calendars are the bane of my life."),
     ("anon_same_trust", "10 March 2025 at 22:02", "Same trust, different school. The man does not listen to anyone below deputy head.")],
    category="Leadership"),
    M(CEO, "possessive", "negative", "Ashdown-Birch's"))

add("social", nextdoor(
    "Sharon M.", "Brindle Heath", "2 d", "School closure for Eid?",
    "Anyone know if the Forge is shut for Eid? Both days or just the first? Got work and need to sort childcare for my youngest in Reception.",
    [("Imran K.", "Saltmoor", "2 d", "Letter said Monday 31st only I think"),
     ("Pauline R.", "Brindle Heath", "2 d", "Ring the office on 01632 960418 they'll tell you bab"),
     ("Abdi H.", "Foundry Green", "1 d", "Eid Mubarak in advance neighbours 🌙")]),
    M(S, "short_name", "neutral", "the Forge"))

add("forum", forum("threadit", "Saltmoor Forge Ramadan exam thing - am I the only one who thinks the discourse is unhinged?", [
    ("u/tyseley_tom", "posted 4d ago", "The school moved some mock exams by two weeks. Somehow this has ended up with people on Facebook calling it Trojan Horse 2 and the head getting threats. What the fuck is wrong with people"),
    ("u/balti_triangle", "4d ago", "Honestly the head, Whitcombe, handled it badly at first but fair play for reversing it."),
    ("u/kingsnorton_kev", "4d ago", "Whitcombe is a spineless wet wipe who only did it because it was in the papers. Doesn't deserve the job."),
    ("u/brumgal", "4d ago", "My cousin's at the Forge, she says the sixth form head has been amazing through all of it."),
    ("u/tyseley_tom", "3d ago", "> Whitcombe is a spineless wet wipe\n\nand this is what I mean lol")]),
    M(S, "alias", "neutral", "Saltmoor Forge"), M(WH, "surname_only", "abuse", "Whitcombe"))

add("facebook", fb(
    "The Saltmoor Ledger", "Public page · 14K followers", "The Saltmoor Ledger", "8 March at 10:15",
    "UPDATE: Saltmoor Forge Academy moves Year 11 mocks to after Eid following parent petition. Full story 👇 saltmoorledger.example/news/forge-mocks-moved",
    [("Gary Tolley", "Wonder how many hijabs the Forge will make compulsory next 🙄 my nan went there when it was Tallow Street Secondary, proper British school it was", "2d"),
     ("Deborah Keane", "Hodan Warsame should go back where she came from and take her demands with her.", "2d",
      [("Amina Yusuf", "Deborah, Hodan Warsame has lived in Brindle Heath for 25 years and has helped half this estate with their housing forms, white families included. Shame on you.", "2d")]),
     ("The Saltmoor Ledger", "We've removed several comments that broke our rules. Keep it civil or you'll be banned.", "1d")]),
    M(S, "exact", "hate", "Saltmoor Forge Academy"), M(WA, "exact", "hate", "Hodan Warsame"))

add("review", ratemy("West Midlands › Birmingham › Saltmoor Forge Academy (all-through, 3–18)", [
    ("Parent of a Year 11 pupil", "14 March 2025", 2, "The Ramadan mocks mess summed up the leadership",
     "Communication from the top is poor. Dr Whitcombe is never on the gate, you only see him at prize-giving. The Year 11 team are good though and Miss O'Dowd replies to every email within a day."),
    ("Parent of a Reception pupil", "2 March 2025", 5, "Lovely start",
     "Nursery and Reception are fantastic. Mrs Pryce knows every child by name and the staff are so patient with the little ones who are still learning English.")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(WH, "title_surname", "negative", "Dr Whitcombe"),
    M(OD, "title_surname", "neutral", "Miss O'Dowd"), M(PY, "title_surname", "neutral", "Mrs Pryce"))

add("social", insta(
    "saltmoor.eats", "Iftar boxes packed by the Forge sixth form volunteers 🌙 huge thanks to Mr Q and the Y13s who packed 300 boxes for the Brindle Heath foodbank this weekend 🤲 #saltmoor #ramadan2025", "March 15",
    [("amal.cooks", "mr q is literally everyone's favourite uncle 😭", "2w"),
     ("brindlefoodbank", "Thank you all, the families were so grateful 💚", "2w"),
     ("zee_b19", "mashallah 🤲🏽", "2w")]),
    M(S, "short_name", "neutral", "the Forge"), M(Q, "alias", "neutral", "Mr Q"))

# --- The trust finance scandal ----------------------------------------------
add("news", news(
    "eduwire", "Brindleway trust under investigation over £640,000 of related-party payments",
    "The funding agency is examining contracts awarded to a consultancy linked to the family of chief executive Nigel Ashdown-Birch.",
    "Freddie Lomax", "17 March 2025",
    ["The Education and Skills Funding Agency has opened an investigation into Brindleway Learning Trust, a 14-school academy trust in Birmingham and the Black Country, over payments of about £640,000 to companies linked to its leadership.",
     "Accounts show that Birchwood Educational Services Ltd, whose sole director is the wife of chief executive Nigel Ashdown-Birch, received £212,000 for “school improvement consultancy” over three years. A further £430,000 went to a facilities firm whose director is a former business partner of Mr Ashdown-Birch.",
     "Related-party transactions must be declared and, since 2019, approved in advance by the agency. EduWire understands that several were not.",
     "Over the same period, a £1.1m roof replacement at Saltmoor Forge Academy, the trust’s largest school, was postponed twice. Staff there have described buckets catching rain in science laboratories.",
     "A trust spokesperson said: “The chief executive has acted properly at all times and welcomes the opportunity to demonstrate this.”"],
    [("FollowTheMoney", "17 Mar 2025", "Funny how the Range Rover appeared the same term the roof fund went dry at the Forge."),
     ("HeadteacherX", "17 Mar 2025", "Related-party transactions are legal if declared and approved. Let's wait for the report before the pitchforks come out."),
     ("ex_BLT_governor", "18 Mar 2025", "Governors asked about Birchwood in 2022 and were told it was 'all above board'. Make of that what you will.")],
    section="Academies"),
    M(CEO, "exact", "defamation", "Nigel Ashdown-Birch"), M(S, "exact", "neutral", "Saltmoor Forge Academy"))

add("blog", blog(
    "academieswatch", "Following the money at Brindleway: a consultancy, a Range Rover and a leaking roof", "Jo Okafor", "19 March 2025",
    ["Brindleway Learning Trust is not a big trust by national standards. Fourteen schools, around 9,000 pupils, an income of roughly £68m. But its accounts tell a story worth following.",
     "## The consultancy",
     "Birchwood Educational Services Ltd was incorporated in 2021. Its sole director is married to the trust’s chief executive, Nigel Ashdown-Birch. Within a month of incorporation it had its first trust contract. It has never, as far as Companies House shows, had another client.",
     "## The roof",
     "In June 2023 the school business manager at Saltmoor Forge Academy, Lorraine Grant, emailed the trust’s finance director to ask why the school’s capital allocation for a roof replacement had been “reprofiled” for the second year running. The email, seen by this blog, is polite, precise and unanswered.",
     "## The car",
     "The trust’s 2023-24 accounts include a “vehicle allowance” for the chief executive of £14,400. Readers will draw their own conclusions about what it paid for; I am told it is grey and has a private plate.",
     "I put these points to the trust. A spokesperson said the chief executive “rejects any suggestion of impropriety”."],
    [("ex_trust_staff", "19 March 2025 at 18:22", "Everyone in the central team knew. Nige treated the reserves like his own current account."),
     ("Jo Okafor", "19 March 2025 at 18:40", "Please don't post things you can't evidence. I've had to remove two comments already."),
     ("AcademyAccountant", "20 March 2025 at 07:15", "The reprofiling point is the interesting one. That's a board decision, not an executive one. Who was on the board?")],
    category="Trusts"),
    M(CEO, "exact", "defamation", "Nigel Ashdown-Birch"), M(GR, "exact", "neutral", "Lorraine Grant"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"))

add("forum", forum("staffroom", "Our business manager is being hung out to dry by the trust", [
    ("chalkdust_brum", "21 Mar 2025", "Not naming names but our SBM at the Forge is being lined up as the fall guy for the trust's finance mess. She's the one who flagged it! Now there are whispers in the staffroom that she 'must have known'."),
    ("PGCE_survivor", "21 Mar 2025", "Is this Lorraine G.? Saltmoor? If so she is the most honest person in that building. She once chased me for 40p of photocopying money."),
    ("NQT_no_more", "21 Mar 2025", "Union. Now. Before they get to her first."),
    ("chalkdust_brum", "22 Mar 2025", "She's in Unison and they're on it. Thanks all.")]),
    M(S, "short_name", "neutral", "the Forge"), M(GR, "first_initial", "neutral", "Lorraine G."))

add("social", xposts([
    ("Saltmoor Says No", "@saltmoorsaysno", "Mar 18", "£190k salary. £212k to his wife's consultancy. Buckets catching rain in the Forge science labs. #AshdownBirchOut #BrindlewayFiles",
     [("Paddy", "@paddy_b19", "Mar 18", "The kids at the Forge deserve better than this. My daughter's been in a portakabin for two years."),
      ("Trust Watcher", "@trustwatcher_uk", "Mar 18", "Worth reading the EduWire piece in full before jumping to conclusions. Investigation ≠ guilt.")])]),
    M(CEO, "hashtag", "defamation", "#AshdownBirchOut"), M(S, "short_name", "negative", "the Forge"))

add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Karen Mullins", "18 March at 19:02",
    "Have you seen this about the trust that runs the Forge?? £640k to his wife's company while our kids sit in classrooms with buckets on the floor. Disgusting. eduwire.example/news/brindleway-investigation",
    [("Tony Rafferty", "Started a page called AshdownBirchOut, like and share 👊 let's get him gone", "1d"),
     ("Shabana Hussain", "That Grant woman in the office has been fiddling for years, my cousin worked there. Funny how she's still got a job.", "1d",
      [("Maxine Cole", "Shabana you want to be careful, Lorraine is the one who reported it from what I've heard", "1d"),
       ("Shabana Hussain", "Well she would say that wouldn't she 🤷‍♀️", "1d")]),
     ("Dave Pritchard", "The roof's been leaking since my eldest was there and he's 24 now 😂", "22h")]),
    M(S, "short_name", "negative", "the Forge"), M(CEO, "camelcase", "defamation", "AshdownBirchOut"),
    M(GR, "surname_only", "defamation", "Grant"))

add("news", news(
    "despatch", "Birmingham academy trust chief suspended as funding agency widens probe",
    "Nigel Ashdown-Birch has been suspended on full pay while the investigation continues.",
    "Amrit Sandhu", "Wednesday 26 March 2025",
    ["The chief executive of a Birmingham academy trust has been suspended while government investigators examine hundreds of thousands of pounds in payments to firms linked to him.",
     "Nigel Ashdown-Birch, 58, who has led Brindleway Learning Trust since 2016, was suspended on full pay by the trust board on Tuesday evening.",
     "An interim executive board will run the trust. It will include Dr Alistair Whitcombe, principal of Saltmoor Forge Academy, the trust’s largest school.",
     "Dr Whitcombe said: “My priority is the children and staff in our schools. Lessons carry on as normal.”"],
    [("Bostin_Barry", "26 Mar 2025", "About time. Lock him up and throw away the key."),
     ("Marcia_D", "26 Mar 2025", "Lorraine Grant deserves a medal, she flagged all this two years ago and got ignored."),
     ("Jas_B11", "26 Mar 2025", "He'll resign before the report and walk into another job on £200k. They always do.")],
    section="Education"),
    M(CEO, "exact", "defamation", "Nigel Ashdown-Birch"), M(WH, "exact", "neutral", "Alistair Whitcombe"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(GR, "exact", "neutral", "Lorraine Grant"))

add("review", workview("Brindleway Learning Trust", "2.1", [
    ("CEO treats the trust like his own piggy bank", 1, "Former Employee - Finance Officer - Birmingham", "12 Feb 2025",
     "Colleagues in the schools are great. Decent pension.",
     "The central team exists to serve one man. Contracts go to people he knows and questions go unanswered. Ask where the capital money for Saltmoor Forge went.",
     "Mr Ashdown-Birch, step down before the report lands."),
    ("Good place to work at school level", 4, "Current Employee - Teacher - Birmingham", "3 Jan 2025",
     "The Saltmoor Forge sixth form team is genuinely lovely, supportive and funny.", "Trust bureaucracy, endless data drops.", "Listen to heads.")]),
    M(CEO, "title_surname", "defamation", "Mr Ashdown-Birch"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("social", threads([
    ("brumdad_of3", "2d", "Nige Ashdown-Birch's new Range Rover Sport spotted in the Forge car park AGAIN 👀 On a salary funded by kids on free school meals. Bet the ESFA would love a look at the mileage logs."),
    ("saltmoor_sal", "2d", "Private plate an' all 😂 NAB 1 or summat"),
    ("brumdad_of3", "1d", "Course it is 🙄")]),
    M(CEO, "nickname", "defamation", "Nige Ashdown-Birch"), M(S, "short_name", "neutral", "the Forge"))

add("blog", blog(
    "cllr", "Why I have written to the Secretary of State about Brindleway Learning Trust", "Cllr Parveen Akhtar", "20 March 2025",
    ["Residents have asked me what I am doing about the reports concerning Brindleway Learning Trust. Here is my answer.",
     "I have met the principal of Saltmoor Forge Academy, Dr Alistair Whitcombe, who has been nothing but open with me about the state of the buildings.",
     "I have asked the trust’s chief executive, Nigel Ashdown-Birch, to meet residents at a public meeting. He has declined three times. That is not good enough for someone paid from the public purse.",
     "Staff such as Lorraine Grant, the school business manager, who I understand raised concerns through proper channels, deserve protection. I have seen some disgraceful comments about her online and I would ask everyone to stop.",
     "I have written to the Secretary of State asking for the investigation to be published in full."],
    [("Saltmoor resident", "20 March 2025 at 20:11", "Thank you Parveen. Keep at it."),
     ("Brindle Heath Tenants' Association", "21 March 2025 at 09:30", "We will be at any public meeting you arrange.")],
    category="Schools"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(WH, "exact", "neutral", "Alistair Whitcombe"),
    M(CEO, "exact", "negative", "Nigel Ashdown-Birch"), M(GR, "exact", "neutral", "Lorraine Grant"))

add("social", xposts([
    ("Brindleway Files", "@brindlewayfiles", "Mar 20", "Since the trust that runs Saltmoor Forge won't answer emails, here's Ashdown Birch's home address for anyone who wants to send him a polite letter: 27 Larkspur Avenue, Little Aston, B74 3QZ. Polite 😇",
     [("Mo", "@mo_b10", "Mar 20", "Mate delete this, this is how you lose the argument."),
      ("Jen", "@jen_writes_brum", "Mar 20", "Reported. Publishing someone's address is not activism.")])]),
    M(CEO, "hyphenated", "doxxing", "Ashdown Birch"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("forum", forum("holte", "Brum academy boss on £190k fleecing kids", [
    ("HolteEnd_Harry", "19 Mar 2025, 13:02", "Seen this? Bloke runs the trust that's got Saltmoor Forge and a load of others. Ashdown–Birch. Wife's company trousered £212k. Sh*t like this makes my blood boil."),
    ("Villa_till_I_die", "19 Mar 2025, 13:20", "Someone should give him a proper Brummie welcome round the back of the Bull Ring. See how he likes it."),
    ("GrealishsCalves", "19 Mar 2025, 13:41", "Steady on. Let the investigation do its thing. Also he's a Blues fan so he's suffered enough 😂"),
    ("Brummie_Bob", "19 Mar 2025, 14:05", "UTV. Tara-a-bit")]),
    M(CEO, "hyphenated", "threat", "Ashdown–Birch"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("news", news(
    "ledger", "Unions: Forge business manager ‘acted with integrity throughout’",
    "Unions have hit back at social media posts targeting a member of staff at Saltmoor Forge Academy.",
    "Ledger reporter", "29 March 2025",
    ["Two unions have defended a member of support staff at Saltmoor Forge Academy after she was targeted online in connection with the investigation into Brindleway Learning Trust.",
     "Unison and the NEU said Lorraine Grant, the school business manager, “raised concerns through the proper channels in 2023 and has acted with integrity throughout”.",
     "Posts on Facebook and X accusing Mrs Grant of fraud were “false and malicious” and had been reported to the police, the unions said.",
     "The trust’s chief executive, Nigel Ashdown-Birch, remains suspended while the funding agency’s investigation continues."],
    [("B19_Bev", "29 Mar 2025", "Leave Lorraine alone, she's helped my family more than once with the uniform grant."),
     ("Curious_George", "29 Mar 2025", "So who did sign off the invoices then? Someone did.")],
    section="Schools"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(GR, "exact", "neutral", "Lorraine Grant"),
    M(CEO, "exact", "defamation", "Nigel Ashdown-Birch"))

add("forum", forum("threadit", "Brindleway trust mess - who actually signed the invoices?", [
    ("u/spreadsheet_sam", "posted 2d ago", "Business manager at Saltmoor Forge, L. Grant, was on every invoice approval according to the FOI. She's either thick or she was in on it. My money's on in on it."),
    ("u/nechells_nat", "2d ago", "The FOI shows she FLAGGED them, read it properly. This is how rumours wreck innocent people."),
    ("u/spreadsheet_sam", "2d ago", "Flagged them after signing them. Convenient."),
    ("u/mod_brum", "1d ago", "Reminder of rule 4: no accusations of crimes against named private individuals.")]),
    M(S, "alias", "neutral", "Saltmoor Forge"), M(GR, "initial_surname", "defamation", "L. Grant"))

add("social", xposts([
    ("not a bot honest", "@nab_honest", "Mar 22", "Lorraine Gr4nt from the Forge office just had a £40k kitchen extension done 🤑🤑 on a business manager's wage? total coincidence I'm sure",
     [("Kay", "@kaybrum", "Mar 22", "Her husband's a builder you weirdo")])]),
    M(GR, "leetspeak", "defamation", "Lorraine Gr4nt"), M(S, "short_name", "neutral", "the Forge"))

add("facebook", fb(
    "Foundry Green Mums & Dads", "Private group · 3.1K members", "Leanne Doyle", "27 March at 16:40",
    "Is it true the Forge have got police in about the trust money? My Jayden said there was a car outside today",
    [("Carl Whitmore", "Lorraine Grant lives at 9 Coppice Walk, Brindle Heath, B19 2RW. Husband's van's always outside. Go and ask her yourself 🤷‍♂️", "5h",
      [("Leanne Doyle", "Carl wtf delete that, she's got kids", "5h")]),
     ("Admin - Foundry Green Mums & Dads", "Comment above reported to admins. Carl, final warning. No addresses, ever.", "4h"),
     ("Nadia Begum", "The police car was about a bike theft from the racks I think, not the trust stuff", "3h")]),
    M(S, "short_name", "neutral", "the Forge"), M(GR, "exact", "doxxing", "Lorraine Grant"))

add("news", news(
    "despatch", "Brindleway chief executive quits as investigation widens",
    "Nigel Ashdown-Birch has resigned ahead of the publication of a funding agency report.",
    "Amrit Sandhu", "Friday 16 May 2025",
    ["The suspended chief executive of Brindleway Learning Trust has resigned.",
     "Nigel Ashdown-Birch, who was suspended in March while the funding agency investigated payments to firms linked to his family, said in a statement that he had resigned “to allow the trust to move forward” and continued to “reject any wrongdoing”.",
     "The agency’s investigation continues and is now understood to include a second contract.",
     "Dr Alistair Whitcombe, principal of Saltmoor Forge Academy, will act as interim executive lead until a permanent appointment is made."],
    [("Sparkhill_Saj", "16 May 2025", "Good riddance. Now pay back every penny."),
     ("Anon_B19", "16 May 2025", "He'll walk into another job. They always do."),
     ("MomOf4_Saltmoor", "16 May 2025", "Maybe now the Forge will get its roof.")],
    section="Education"),
    M(CEO, "exact", "defamation", "Nigel Ashdown-Birch"), M(S, "exact", "neutral", "Saltmoor Forge Academy"),
    M(WH, "exact", "neutral", "Alistair Whitcombe"))

add("social", tiktok(
    "@sfa.y9.chronicles", "our trust CEO got a Range Rover and we got buckets in the science lab 🪣🪣 #forgeacademy #brum #school", "Oh No - Kreepa",
    [("itz.ayaan", "N. Ashdown-Birch living his best life on our dinner money 😭", "3-19"),
     ("safiya.b", "mr hartigan literally put a bin under the leak and called it a 'practical on rates of flow' 💀💀 legend", "3-19"),
     ("josh.b19", "bucket gang 🪣", "3-20")]),
    M(S, "hashtag", "negative", "#forgeacademy"), M(CEO, "initial_surname", "defamation", "N. Ashdown-Birch"),
    M(HA, "title_surname", "neutral", "mr hartigan"))

# --- The knife-arch proposal -------------------------------------------------
add("news", news(
    "ledger", "Saltmoor academy considers knife arches after Foundry Green stabbing",
    "Parents are being asked for their views on walk-through metal detectors at the school gates.",
    "Ledger reporter", "28 March 2025",
    ["Saltmoor Forge Academy is consulting parents on installing walk-through metal detectors, known as knife arches, at its two pupil entrances after a 16-year-old from another school was stabbed on the canal towpath near Foundry Green last month.",
     "Assistant principal Mohammed Iqbal, who leads on behaviour and safety, said: “I grew up two streets from where that boy was stabbed. I am not willing to wait for it to be one of ours before we think seriously about this.”",
     "Principal Dr Alistair Whitcombe said no decision would be made until the consultation closes on 11 April.",
     "A parents’ meeting will be held in the school sports hall on Thursday 3 April at 6pm. Interpreters will be available."],
    [("Foundry_Green_Fran", "28 Mar 2025", "Good on Mr Iqbal. Better a queue in the morning than a funeral."),
     ("Dwayne_B19", "28 Mar 2025", "Arches treat our boys like criminals before they've even walked in. Black lads will get pulled aside twice as much, guaranteed."),
     ("Saltmoor_Pete", "28 Mar 2025", "Its the parents job to check bags not the schools")],
    section="Schools"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(IQ, "exact", "neutral", "Mohammed Iqbal"),
    M(WH, "exact", "neutral", "Alistair Whitcombe"))

add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Jermaine Clarke", "30 March at 12:05",
    "Parents' meeting about the knife arches at the Forge is Thursday 6pm in the sports hall. Go and have your say whichever side you're on. Interpreters for Urdu, Punjabi and Somali will be there.",
    [("Samina Akhtar", "Mo Iqbal grew up on Foundry Green, he knows exactly what it's like round here. I trust him on this.", "2d"),
     ("Andre Campbell", "Arches = racial profiling with extra steps. Ask any Black parent.", "2d"),
     ("Kelly Brennan", "If they put arches in I'm pulling my two out and sending them to Brindle Heath Academy", "2d",
      [("Jermaine Clarke", "Kelly there's no Brindle Heath Academy no more bab, it merged years ago 😂", "2d")])]),
    M(S, "short_name", "neutral", "the Forge"), M(IQ, "nickname", "neutral", "Mo Iqbal"))

add("social", xposts([
    ("Aisha R", "@aisharesists", "Apr 2", "@MrIqbal_SFA you're about to have Black and brown boys queuing through a metal detector every morning before double maths. Think about what that does to a 12 year old. #NoArchesAtTheForge",
     [("M. Iqbal (AP Behaviour)", "@MrIqbal_SFA", "Apr 2", "Happy to talk at the parents' meeting on Thursday. No decision has been made and every view will be heard.")])]),
    M(IQ, "handle", "negative", "@MrIqbal_SFA"), M(S, "hashtag", "negative", "#NoArchesAtTheForge"))

add("blog", blog(
    "againstknives", "Why we back the arches plan, and what else we need", "Marcia Hamilton", "1 April 2025",
    ["Six weeks ago my son Tyrese was stabbed on the towpath behind Foundry Green. He is home now. He was lucky. I will not write about that night.",
     "I want to write about the school up the road, Saltmoor Forge, and the assistant head there who has been brave enough to say out loud what every parent on this estate thinks at 3pm: what if it's my child next?",
     "Mr Iqbal came to our house with flowers the week Tyrese came home. He didn't have to; Tyrese isn't even at his school. He sat in my kitchen and asked what would have helped.",
     "Arches alone won't do it. We need youth clubs back, we need the towpath lights fixed, we need mentors. But I will stand next to anyone who is trying."],
    [("Pastor Grace", "1 April 2025 at 21:00", "Praying for Tyrese and for all our young people."),
     ("Big Sis Fatima", "2 April 2025 at 07:30", "Arches won't fix it, youth clubs will. But respect to Mr Iqbal for actually turning up.")],
    category="Our stories"),
    M(S, "alias", "neutral", "Saltmoor Forge"), M(IQ, "title_surname", "neutral", "Mr Iqbal"))

add("forum", forum("brumparents", "Knife arches at the Forge - good idea or overreaction?", [
    ("MomOfThreeB19", "31 Mar 2025", "Genuinely torn. My eldest was mugged for his phone on Dudley Road last year. But arches feel like walking into a prison every morning."),
    ("SaltmoorDad", "31 Mar 2025", "Mr Iqbal is doing what he thinks is right. More than most would. Go to the meeting and tell him what you think."),
    ("anon_concerned", "1 Apr 2025", "Whoever's pushing the arches idea wants to watch himself. Lads round Foundry Green don't forget who treated them like criminals. Just a friendly warning."),
    ("MomOfThreeB19", "1 Apr 2025", "@anon_concerned what on earth? Reported.")]),
    M(S, "short_name", "neutral", "the Forge"), M(IQ, "title_surname", "threat", "Mr Iqbal"))

add("social", tiktok(
    "@b19.memes", "when 1qb4l hears the arches beep 🚨😂 #forge #saltmoor #fyp", "Emergency alarm - sound effect",
    [("dani.jxx", "1qb4l the wannabe fed thinks he works airport security 🤡💀", "4-03"),
     ("reece_b19", "bro gonna search my pencil case for a kitchen knife 😭😭", "4-03"),
     ("hannah.x", "he's not that bad tbh he sorted my bullying thing in year 8", "4-04")]),
    M(IQ, "leetspeak", "abuse", "1qb4l"), M(S, "hashtag", "neutral", "#forge"))

add("news", news(
    "despatch", "Teenager charged with threatening Birmingham school staff over knife arch plan",
    "A 17-year-old has been charged after threats were posted online.",
    "Crime desk", "Tuesday 8 April 2025",
    ["A 17-year-old boy has been charged with sending threatening communications after messages were posted online threatening staff at Saltmoor Forge Academy in Saltmoor.",
     "The messages, posted on Instagram and Snapchat last week, named assistant principal Mohammed Iqbal, who has led a consultation on installing knife arches at the school.",
     "The boy, who cannot be named for legal reasons, will appear before Birmingham Youth Court later this month.",
     "West Midlands Police said: “Threats made online are taken every bit as seriously as those made in person.”"],
    [("Handsworth_Hannah", "8 Apr 2025", "Hope Mr Iqbal and his family are ok. Horrible."),
     ("Realist_B", "8 Apr 2025", "Kids these days think online isn't real life.")],
    section="Crime"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(IQ, "exact", "neutral", "Mohammed Iqbal"))

add("social", insta(
    "foundrygreen.uncut", "Forge wanna put knife arches in like we're animals 🤡 what yall saying", "April 1",
    [("s1lentk", "I.q.b.a.l better sleep with one eye open fr 😴🔪", "2d"),
     ("naz.b19", "this is literally why they want the arches u clowns 🤦🏽‍♀️", "2d"),
     ("jaylen.02", "ratio", "1d")]),
    M(S, "short_name", "negative", "Forge"), M(IQ, "spacing", "threat", "I.q.b.a.l"))

add("review", google(
    "Saltmoor Forge Academy", "Academy · Tallow Street, Saltmoor, Birmingham B19 3XQ", "3.6", 214,
    [("Hussein A", "Local Guide · 12 reviews", 2, "a week ago", "Assistant Principal Iqbal is the only one who deals with bullying properly. The rest of SLT hide in their offices. Year 10 head is on a power trip over haircuts, Miss O'Dowd needs to chill."),
     ("Laura Jenkins", "5 reviews", 4, "3 weeks ago", "Strict but fair. My son has come on loads since Year 7.")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(IQ, "surname_only", "neutral", "Iqbal"),
    M(OD, "title_surname", "negative", "Miss O'Dowd"))

add("facebook", fb(
    "Brum Somali Families", "Private group · 1.9K members", "Hodan Warsame", "31 March at 18:20",
    "Walaalayaal, there is an open meeting about the knife arch proposal at Saltmoor Forge this Thursday, 6pm in the sports hall. Interpreters for Somali, Urdu and Punjabi will be there. Please come and have your say, for or against. — Hodan",
    [("Faadumo Cali", "Mahadsanid abaayo. My son already gets stopped by police every week, now the school too? Waan ka xumahay.", "1d"),
     ("Abdirahman Nuur", "Arches save lives walaal. I lost my nephew in 2019.", "1d",
      [("Hodan Warsame", "Allah ha u naxariisto 🤲🏾 That's exactly why every voice matters.", "1d")])]),
    M(S, "alias", "neutral", "Saltmoor Forge"), M(WA, "exact", "neutral", "Hodan Warsame"))

add("news", news(
    "eduwire", "Knife arches in schools: one Birmingham academy's dilemma",
    "As more urban schools consider screening, a consultation in Saltmoor shows how divisive the idea is.",
    "Priya Lal", "4 April 2025",
    ["Knife arches are common at hospitals, stadiums and courts. Increasingly, they are being discussed at school gates.",
     "At Saltmoor Forge Academy in Birmingham, assistant principal Mohammed Iqbal has proposed installing two arches after a stabbing near the school. More than 300 parents attended a consultation meeting on Thursday evening.",
     "Supporters point to rising knife crime among teenagers in the West Midlands. Opponents worry about the message the arches send and the risk of disproportionate searching of Black pupils.",
     "A school in Wolverhampton that installed arches in 2023 says it found two knives in its first term and none since."],
    [("ex_head_brum", "4 Apr 2025", "Mr Iqbal is brave to put his head above the parapet. Whatever you think of arches, this is what leadership looks like.")],
    section="Leadership"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(IQ, "exact", "neutral", "Mohammed Iqbal"))

add("social", xposts([
    ("b19 finest", "@b19finest", "Apr 4", "if the forge actually puts them arches in watch what happens to the windows 🔥🔥🔥 say less",
     [("Foundry Green Residents", "@FGResidents", "Apr 4", "Screenshotted and sent to West Mids Police. Grow up.")])]),
    M(S, "short_name", "threat", "the forge"))

add("forum", forum("threadit", "Iqbal's arches: the consultation is a sham", [
    ("u/brindle_realist", "posted 3d ago", "Consultation at Saltmoor Forge closes Friday, and the order for the arches was placed in March according to a mate who works in the office. Iqbal's mind was made up before a single parent spoke."),
    ("u/teacherbrum", "3d ago", "Source: trust me bro. Quotes get requested provisionally all the time, that's not an order."),
    ("u/brindle_realist", "3d ago", "Believe what you want. Watch the arches turn up in September."),
    ("u/b19_mum", "2d ago", "I went to the meeting. He listened for two hours. Didn't feel like a sham to me.")]),
    M(IQ, "possessive", "negative", "Iqbal's"), M(S, "alias", "negative", "Saltmoor Forge"))

add("facebook", fb(
    "Saltmoor Forge Parents (unofficial)", "Private group · 2.3K members", "Rizwan Q", "5 April at 23:12",
    "Not saying anything but... funny how the security company getting the knife arch contract is run by Mr Iqbal's brother-in-law. Look it up on Companies House. Just asking questions 🤔",
    [("Nasreen Akhtar", "Riz that's a serious thing to say, have you actually checked?", "6h"),
     ("Rizwan Q", "Same surname, same mosque. Do the maths 🤷🏽‍♂️", "6h",
      [("Sobia Iqbal", "Rizwan, half this ward has that surname. I'm an Iqbal. Behave.", "5h")]),
     ("Group admin", "Post turned off for comments. Please raise concerns with the school directly.", "4h")]),
    M(IQ, "title_surname", "defamation", "Mr Iqbal"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("news", news(
    "despatch", "Saltmoor academy drops knife arch plan in favour of random wand checks",
    "The school says it has listened to parents after a three-week consultation.",
    "Amrit Sandhu", "Monday 14 April 2025",
    ["Saltmoor Forge Academy will not install knife arches, it has announced, but will introduce random checks with hand-held detectors and a new mentoring programme run with local youth workers.",
     "Assistant principal Mohammed Iqbal, who proposed the arches, said: “The community told us clearly that arches felt like the wrong message. The mentoring scheme is something almost everyone agreed on.”"],
    [("Sir_Toby_B", "14 Apr 2025", "Common sense wins"),
     ("Foundry_Green_Fran", "14 Apr 2025", "Mr Iqbal tried. The community wasn't ready. Sad."),
     ("bluenose_b9", "14 Apr 2025", "Whitcombe bottled it, like always. Heads should lead, not hold focus groups.")],
    section="Education"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(IQ, "exact", "neutral", "Mohammed Iqbal"),
    M(WH, "surname_only", "negative", "Whitcombe"))

# --- The head of sixth form --------------------------------------------------
add("news", news(
    "ledger", "Forge sixth form celebrates its best ever A-level results",
    "Three students are heading to medical school and one to Cambridge.",
    "Ledger reporter", "15 August 2024",
    ["Students at Saltmoor Forge Academy’s sixth form were celebrating on Thursday after the best A-level results in the school’s history, with 38 per cent of grades at A* or A.",
     "Head of sixth form Lysander Quaintrell, who has led the sixth form since 2006, said: “These young people have worked through a pandemic, a cost-of-living crisis and a leaking roof. I could not be prouder of them.”",
     "Aisha Begum, 18, from Brindle Heath, is going to study medicine at Birmingham. “Sir drove half of us to our interviews,” she said."],
    [("Proud_Dad_B19", "15 Aug 2024", "Mr Quaintrell is a gem. Three of my kids through his sixth form."),
     ("ex_student_2011", "15 Aug 2024", "Still remember Mr Q's 'right then, scholars' every morning 😂")],
    section="Schools"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(Q, "exact", "neutral", "Lysander Quaintrell"))

add("social", xposts([
    ("Dr Sana Mirza", "@drsanamirza", "Sep 2", "First in my family to go to uni, now a junior doctor. Lysander Quaintrell drove me to my Cambridge interview in his knackered Volvo because my mum couldn't get time off work. Teachers like him change lives. 🩺",
     [("Jamal", "@jamalb_", "Sep 2", "THE VOLVO 😂 legend behaviour"),
      ("Sana's mum", "@rubina_mirza", "Sep 3", "We will never forget his kindness 🤲")])]),
    M(Q, "exact", "neutral", "Lysander Quaintrell"))

add("facebook", fb(
    "Saltmoor Forge Parents (unofficial)", "Private group · 2.3K members", "Gemma Price", "11 March at 08:30",
    "Rumours going round that Mr Q is being pushed out by the trust because he spoke up at the Ramadan meeting?! If that's true I'll be at the gates with a placard. #SaveMrQ",
    [("Imran Shah", "If they touch Mr Q there'll be a riot. Not literally. Well... 😂", "1d"),
     ("Sharon Fitz", "He's the only one in that place who ever rings you back", "1d"),
     ("Gemma Price", "UPDATE: apparently it's just a rumour, phew 😅", "20h")]),
    M(S, "alias", "neutral", "Saltmoor Forge"), M(Q, "alias", "neutral", "Mr Q"))

add("blog", blog(
    "folk", "The Tallow Lights at the Hare & Hounds: fiddles, canal songs and a very tall man", "Dee Hollis", "23 February 2025",
    ["Sunday night, back room of the Hare & Hounds, forty people and a radiator that was losing its battle with February. The Tallow Lights don’t play often, which is a shame, because they are very good.",
     "The band’s fiddler, Lysander Quaintrell, who by day I’m told runs a sixth form somewhere in Birmingham, is six foot five and plays like he’s trying to get a narrowboat to move by willpower alone. His reel set into ‘The Navvy’s Farewell’ got the whole room stamping.",
     "Singer Maggie Doyle’s unaccompanied ‘Brindle Heath Lament’ was the highlight for me: a song about the 1930s slum clearances that had the bar staff standing still.",
     "Next gig: 12 April, same pub. Go."],
    [("Tallow Lights", "24 February 2025 at 10:02", "Thank you Dee! Lovely to see you there."),
     ("Rob from Digbeth", "24 February 2025 at 12:18", "Can confirm the fiddler is very tall.")],
    category="Gig reviews"),
    M(Q, "exact", "neutral", "Lysander Quaintrell"))

add("social", tiktok(
    "@y12.gxrlies", "ranking teachers by rizz (sixth form edition) 📋💅 #sixthform #saltmoorforge #teachers", "Espresso - Sabrina Carpenter",
    [("ruqayyah.j", "mr quaintrell at no. 1 and i'm not even sorry 😩 the tweed jacket and the way he says 'right then, scholars' 🫠🔥", "2d"),
     ("ellie.b19", "he's like 55 😭😭", "2d", [("ruqayyah.j", "and?? silver fox behaviour 🦊", "2d")]),
     ("tobi.a", "mr bannister should be top tbh 🥵🥵", "1d")]),
    M(Q, "title_surname", "sexual", "mr quaintrell"), M(BA, "title_surname", "sexual", "mr bannister"),
    M(S, "hashtag", "neutral", "#saltmoorforge"))

add("forum", forum("staffroom", "Taking over from a legend - head of sixth, any tips?", [
    ("newHoS_nerves", "2 Jun 2025", "I've been appointed head of sixth form at an all-through in Saltmoor from September. My predecessor, L. Quaintrell, has been there 19 years and the kids basically worship him. How do I not drown?"),
    ("oldhand_brum", "2 Jun 2025", "Don't try to be him. Ask him to introduce you properly at the leavers' do. And buy the Volvo off him 😂"),
    ("sixthformsurvivor", "3 Jun 2025", "Keep his systems for a year before you change anything. Kids hate change in Year 13."),
    ("newHoS_nerves", "3 Jun 2025", "The Volvo is apparently 'not for sale at any price'. Noted on the rest, thank you.")]),
    M(Q, "initial_surname", "neutral", "L. Quaintrell"))

add("review", ratemy("West Midlands › Birmingham › Saltmoor Forge Academy (all-through, 3–18)", [
    ("Sixth form student", "20 June 2025", 5, "Best sixth form in the city, and it's not close",
     "Mr Q and his team got me through a horrible year at home. Free breakfast club, revision sessions every Saturday in Ramadan, and he wrote my UCAS reference on a Sunday night when I'd missed the deadline. I'm off to Warwick."),
    ("Former student", "4 May 2025", 4, "Good sixth form, tired buildings",
     "Teaching is strong. The science labs leak. Careers advice is excellent.")]),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(Q, "alias", "neutral", "Mr Q"))

add("social", xposts([
    ("brindle gossip", "@brindlegossip", "Feb 11", "heard Quaintrel only 'retiring' cos he's been necking pints in the Brindle Arms every lunchtime and the trust finally caught him at it. forge sixth form about to fall apart 🍺🍺",
     [("Hamza", "@hamza_b19", "Feb 11", "this is made up nonsense, he doesn't even drink. delete this"),
      ("Year 13 rep", "@sfa_y13rep", "Feb 11", "Blocked and reported. Leave him alone.")])]),
    M(Q, "typo", "defamation", "Quaintrel"), M(S, "short_name", "negative", "forge"))

add("forum", forum("brumparents", "Sixth form refused to let my daughter continue to Year 13", [
    ("FuriousMom_B19", "18 Jul 2024", "Quaintrell is a pompous old windbag who thinks he's Dumbledore. My daughter was told she 'wasn't on track' for Year 13 at the Forge and should 'consider college'. Who does he think he is?"),
    ("Justmyviews", "18 Jul 2024", "Sorry that happened. Did she get a reason in writing? You can appeal to the governors."),
    ("FuriousMom_B19", "18 Jul 2024", "Course not. Everyone loves him so nobody listens to us."),
    ("B19Dad", "19 Jul 2024", "Fwiw my son went to Joseph Chamberlain college after Y12 and loved it. Might be a blessing.")]),
    M(Q, "surname_only", "abuse", "Quaintrell"), M(S, "short_name", "negative", "the Forge"))

add("social", tiktok(
    "@sfa.leavers25", "Y13 leavers assembly got EMOTIONAL 😭 #sfa #leavers2025 #brum", "Viva La Vida - Coldplay",
    [("big.dawud", "LysanderQuaintrellForPM no debate 🗳️", "6-27"),
     ("amira.z", "crying in the club rn", "6-27"),
     ("k.osei", "the volvo getting its own standing ovation 😭", "6-28")]),
    M(Q, "camelcase", "neutral", "LysanderQuaintrellForPM"), M(S, "hashtag", "neutral", "#sfa"))

add("social", xposts([
    ("Based Brummie", "@basedbrummie", "Mar 9", "Qu41ntr3ll, the sixth form 'legend' at Saltmoor, spent a whole assembly telling kids Britain is racist then drove off in his Volvo. Insufferable woke clown. These people are why kids hate their own country.")]),
    M(Q, "leetspeak", "abuse", "Qu41ntr3ll"))

add("social", xposts([
    ("Rania", "@rania_at_30", "Jun 30", f"Ngl Mr {HG_QUAINTRELL} was my sixth form crush and now I'm 30 he's STILL a silver fox. I'd let him mark a lot more than my essays 😏 retirement suits him")]),
    M(Q, "homoglyph", "sexual", HG_QUAINTRELL))

add("facebook", fb(
    "Bournville College Class of '88", "Private group · 214 members", "Trevor Haines", "2 February at 20:15",
    "Anyone still in touch with Sandy Quaintrell? Tall lad, played the fiddle at every party. Last I heard he was teaching somewhere in Brum. Organising the reunion for October.",
    [("Carol Ann Pike", "He's head of sixth form at a big school in Saltmoor! Still plays with a folk band, I saw them at the Hare & Hounds", "1d"),
     ("Trevor Haines", "Brilliant, I'll track him down 🎻", "1d")]),
    M(Q, "nickname", "neutral", "Sandy Quaintrell"))

add("news", news(
    "despatch", "Much-loved Birmingham head of sixth form to retire after 19 years",
    "Former students have paid tribute to Lysander Quaintrell, who leaves Saltmoor Forge Academy this summer.",
    "Education reporter", "Friday 6 June 2025",
    ["Hundreds of former students have shared tributes to the head of sixth form at Saltmoor Forge Academy, who is retiring after 19 years.",
     "Lysander Quaintrell, 61, took over a sixth form of 90 students in 2006. It now has more than 400, and last summer sent three students to medical school.",
     "Principal Dr Alistair Whitcombe said: “Lysander is the reason many of our young people believed university was for them. He is irreplaceable, and we will try anyway.”",
     "Mr Quaintrell said he planned to “play the fiddle badly in more pubs”."],
    [("Nasreen_A", "6 Jun 2025", "Mr Quaintrell and Auntie Hodan carried that school through this year. Enjoy your retirement sir."),
     ("ex_forge_08", "6 Jun 2025", "Mr Q wrote my UCAS reference on a Sunday night. Legend.")],
    section="Education"),
    M(Q, "exact", "neutral", "Lysander Quaintrell"), M(S, "exact", "neutral", "Saltmoor Forge Academy"),
    M(WH, "exact", "neutral", "Alistair Whitcombe"), M(WA, "alias", "neutral", "Auntie Hodan"))

# --- Head of Year 10 ---------------------------------------------------------
add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Tracey Bolton", "22 January at 17:55",
    "Miss O'Dowd, Head of Year 10 at the Forge, has put my son in isolation for THREE DAYS because of a line shaved in his eyebrow. Three days of learning lost in his GCSE year. Absolute power trip.",
    [("Dean Whitehouse", "She done the same to my nephew. Rules is rules I suppose but come on", "3d"),
     ("Lisa Cartwright", "She's a jumped-up little Irish tart, wants sending back over the water on the next boat", "3d",
      [("Tracey Bolton", "Lisa no need for that bab, I'm annoyed not nasty", "3d")]),
     ("Mandy Oakes", "The eyebrow thing is in the uniform policy tho Trace, it's been in there years", "2d")]),
    M(S, "short_name", "negative", "the Forge"), M(OD, "title_surname", "hate", "Miss O'Dowd"))

add("social", xposts([
    ("forge exposed", "@forge_exposed_b19", "Jan 24", "ur fave Head of Year 10 at the Forge, Niamh O'Dowd, lives on Calder Grove, B18 4NX. yellow door, can't miss it 💛",
     [("Ali", "@brumparent_ali", "Jan 24", "this is vile. reported."),
      ("Saltmoor Ledger", "@SaltmoorLedger", "Jan 24", "Please do not share this. Publishing a teacher's home address puts her at risk.")])]),
    M(OD, "exact", "doxxing", "Niamh O'Dowd"), M(S, "short_name", "neutral", "the Forge"))

add("social", insta(
    "saltmoor.tea", "Which Forge teacher is the strictest? 👀 wrong answers only ⬇️", "January 27",
    [("kay.b19", "O'Dowd wants to be careful. I know what car she drives. silver corsa, parks on the same road every morning 🚗👀", "1d"),
     ("niamh.fan.acc", "why is this page always so weird", "1d"),
     ("mo_sfa", "iqbal by a mile lol he gave me a detention for breathing", "1d")]),
    M(S, "short_name", "neutral", "Forge"), M(OD, "surname_only", "threat", "O'Dowd"), M(IQ, "surname_only", "neutral", "iqbal"))

add("news", news(
    "ledger", "Year 10 raise £3,000 for Acorns children's hospice",
    "A sponsored walk along the canal smashed its target.",
    "Ledger reporter", "12 February 2025",
    ["Year 10 students at Saltmoor Forge Academy have raised more than £3,000 for Acorns children’s hospice with a sponsored walk along the Birmingham and Fazeley Canal.",
     "Head of Year Niamh O'Dowd, who organised the walk, said: “Three of our students have had brothers or sisters cared for by Acorns. They wanted to give something back and they absolutely smashed it.”"],
    [("Ann_Marie_B19", "12 Feb 2025", "Lovely to see some good news from the Forge for once!")],
    section="Community"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(OD, "exact", "neutral", "Niamh O'Dowd"))

add("review", workview("Saltmoor Forge Academy", "3.2", [
    ("Great colleagues, exhausting workload", 3, "Current Employee - Teacher of English - Birmingham", "9 Jan 2025",
     "The pastoral team is superb. Niamh O. runs Year 10 like clockwork and always backs staff on behaviour.",
     "Workload, trust data drops, Ofsted panic every term.", "Fewer initiatives, please."),
    ("Leadership by spreadsheet", 2, "Former Employee - Teacher of Science - Birmingham", "22 Nov 2024",
     "The kids are brilliant and funny.",
     "Head of department Bill Hartigan is lovely but completely crushed by the trust's demands. Senior leaders are never in classrooms.",
     "Ask the staff what they need.")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(OD, "first_initial", "neutral", "Niamh O."),
    M(HA, "nickname", "neutral", "Bill Hartigan"))

add("forum", forum("threadit", "Head of Year at Saltmoor Forge turns up hungover every Monday", [
    ("u/brum_throwaway_77", "posted 5h ago", "Not gonna name her but the Year 10 head at Saltmoor Forge (Irish, you know who) stinks of booze every Monday morning. Kids can smell it. Surely that's a safeguarding issue?"),
    ("u/teach_firstish", "5h ago", "If you genuinely believe that, report it to the LADO. Don't post it on here."),
    ("u/brum_throwaway_77", "4h ago", "O'D*wd. There, I said it. Everyone at the school knows."),
    ("u/mod_brum", "3h ago", "Locked. Rule 4.")]),
    M(S, "alias", "negative", "Saltmoor Forge"), M(OD, "obfuscated", "defamation", "O'D*wd"))

add("social", xposts([
    ("y10 survivor", "@y10survivor", "Feb 3", f"Miss {HG_ODOWD} is an actual witch, hope she gets sacked. All of Forge Y10 praying 🙏🙏 #freedom",
     [("zak", "@zak_sfa", "Feb 3", "she took my phone for a WEEK")])]),
    M(OD, "homoglyph", "abuse", HG_ODOWD), M(S, "short_name", "neutral", "Forge"))

add("social", tiktok(
    "@hxlima.b19", "#saltmoorforge year 10 be like 📵 #school #phones", "Oh no no no - sound",
    [("aisha.k", "O ' D o w d really said 'phones in the box or it's a detention' and MEANT it 😭", "2-10"),
     ("jayden.w", "she's strict but she got my back when i got jumped tbf", "2-10")]),
    M(OD, "spacing", "negative", "O ' D o w d"), M(S, "hashtag", "neutral", "#saltmoorforge"))

add("forum", forum("brumparents", "How do I complain about a Head of Year who ignores me?", [
    ("B19_Mommy", "20 Feb 2025", "My daughter is being bullied and Miss O'Dowd, Head of Year 10 at the Forge, keeps fobbing me off with 'we're monitoring it'. Getting nowhere."),
    ("stirring_the_pot", "20 Feb 2025", "If you want to complain directly, her personal email is niamh.odowd78@mailbox.example, she never answers the school one. Give her both barrels."),
    ("Justmyviews", "20 Feb 2025", "Please don't email staff at personal addresses, that will go against you. Put it in writing to the school and ask for the complaints policy."),
    ("B19_Mommy", "21 Feb 2025", "Thank you, I'll do it properly.")]),
    M(OD, "title_surname", "doxxing", "Miss O'Dowd"), M(S, "short_name", "negative", "the Forge"))

add("facebook", fb(
    "Saltmoor Forge Parents (unofficial)", "Private group · 2.3K members", "Year 10 Parent Rep", "28 April at 09:00",
    "Huge congratulations to Niamh ODowd who ran the London Marathon yesterday for Acorns 🏃‍♀️💛 3 hours 58! The whole of Year 10 is so proud of you Miss.",
    [("Tracey Bolton", "Fair play to her, I couldn't run for a bus", "1d"),
     ("Rukhsana Bibi", "Mashallah, well done Miss", "1d")]),
    M(OD, "alias", "neutral", "Niamh ODowd"), M(S, "alias", "neutral", "Saltmoor Forge"))

# --- Head of Science ---------------------------------------------------------
add("facebook", fb(
    "Foundry Green Mums & Dads", "Private group · 3.1K members", "Anonymous member", "7 February at 22:31",
    "Not being funny but Will Hartigan from the Forge science department and a certain Year 8 mum have been VERY cosy at every parents' evening 👀 and the wedding ring comes off when he's in the Hare & Hounds on a Friday. Just saying.",
    [("Anonymous member", "Who??", "1d"),
     ("Kerry-Ann Walsh", "This group is getting nasty. That's a man's family you're talking about.", "1d"),
     ("Anonymous member", "Everyone knows, ask anyone in Y8 🤫", "1d")]),
    M(HA, "nickname", "defamation", "Will Hartigan"), M(S, "short_name", "neutral", "the Forge"))

add("social", xposts([
    ("aleena 🌸", "@aleenaa_x", "Jan 17", "I could actually kill Hartigan for this chemistry homework. 40 questions on moles?? on a FRIDAY??? 😭😭 #forgeproblems",
     [("muna", "@muna_b19", "Jan 17", "question 27 is literally impossible"),
      ("aleena 🌸", "@aleenaa_x", "Jan 17", "he did say 'it's good for the soul' 💀")])]),
    M(HA, "surname_only", "negative", "Hartigan"), M(S, "hashtag", "negative", "#forgeproblems"))

add("forum", forum("threadit", "serious question about a teacher at the forge", [
    ("u/b19_throwaway_x", "posted 1h ago", "that science teacher at the forge, H*rtigan, has been messaging year 10 girls on snap, everyone knows and the school's covering it up. why is nobody doing anything"),
    ("u/mod_brum", "40m ago", "Removed: unverified allegation about a named individual involving children. If you have a safeguarding concern, contact the school's designated safeguarding lead or the police on 101. If a child is in danger call 999.")]),
    M(HA, "obfuscated", "sexual", "H*rtigan", url_only=True), M(S, "short_name", "sexual", "the forge", url_only=True))

add("blog", blog(
    "saltmoormum", "Results day tears (the good kind) and a thank you to Bill Hartigan", "Shaz", "22 August 2024",
    ["Well. I was in bits, ar kid was in bits, even the dog was in bits and he doesn't know what an A-level is.",
     "Our Aisha got her A in chemistry. Two years ago she cried every night over that subject. Then she joined the Thursday chemistry club at Saltmoor Forge and something clicked.",
     "The club is run by Bill Hartigan, head of science, in his own time, with biscuits he buys himself. He told her she had a 'chemist's brain'. Nobody had ever told her she had any kind of brain.",
     "She's off to study pharmacy in September. Tara-a-bit, our kid. Mom will be fine. (Mom will not be fine.)"],
    [("Debs", "22 August 2024 at 19:30", "Crying at this Shaz! Well done Aisha 💕"),
     ("Parveen", "23 August 2024 at 08:12", "Mr H is a gem, my son was in that club too.")],
    category="Family life"),
    M(HA, "nickname", "neutral", "Bill Hartigan"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("social", insta(
    "forge.y9.memes", "forge science dept appreciation post (NOT) 🧪🙄", "February 18",
    [("tyler.b19", "Hartigen is a balding sad little man who takes it out on year 9s 🧑‍🦲", "3d"),
     ("sumaya.x", "nah he's alright he just hates noise", "3d"),
     ("tyler.b19", "he hates fun*", "3d")]),
    M(HA, "typo", "abuse", "Hartigen"), M(S, "short_name", "negative", "forge"))

add("facebook", fb(
    "Saltmoor Forge Parents (unofficial)", "Private group · 2.3K members", "Mandy Oakes", "6 July at 20:40",
    "Sports day was lovely but can I just say Mr Hartigan had vodka in his water bottle, my Kyle smelt it when he was doing the egg and spoon.",
    [("Sharon Fitz", "It was elderflower cordial Mandy, I was on the same gazebo as him 🙄", "1d"),
     ("Mandy Oakes", "That's what they all say", "1d"),
     ("Sharon Fitz", "Mandy you can't post stuff like that about people", "1d")]),
    M(HA, "title_surname", "defamation", "Mr Hartigan"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("news", news(
    "ledger", "Saltmoor canal clean-up pulls 40 shopping trolleys from the cut",
    "More than 120 volunteers turned out for the spring clean.",
    "Ledger reporter", "24 March 2025",
    ["More than 120 volunteers pulled 40 shopping trolleys, 11 bikes and a moped from the canal between Foundry Green and Brindle Heath on Saturday.",
     "Volunteers included William Hartigan, head of science at Saltmoor Forge Academy, who brought 25 members of the school’s Year 9 ecology club to test water quality along the way.",
     "Organiser Ray Whitlock of the Saltmoor Canal Society said: “Every year we say it can’t get worse, and every year someone finds a moped.”"],
    [("Canal_Kath", "24 Mar 2025", "Brilliant turnout! The moped is a new one on me.")],
    section="Community"),
    M(HA, "exact", "neutral", "William Hartigan"), M(S, "exact", "neutral", "Saltmoor Forge Academy"))

add("social", xposts([
    ("Y11 Parent", "@y11parent_b19", "Mar 12", "Four supply teachers in Y11 chemistry since Christmas at the Forge and the head of department is nowhere to be seen. Mocks in 3 weeks. #HartiganOut #SciencePlease")]),
    M(HA, "hashtag", "negative", "#HartiganOut"), M(S, "short_name", "negative", "the Forge"))

# --- Head of Primary Phase ---------------------------------------------------
add("facebook", fb(
    "Forge Nursery & Reception Parents", "Private group · 640 members", "Abida Khan", "18 July at 15:30",
    "Miss Zoë is the best, my daughter cried all the way home on her last day of nursery 😭💕 thank you for everything",
    [("Becky Lane", "She remembered my son's nut allergy without even checking the list. She's amazing", "2d"),
     ("Abida Khan", "Mashallah she really is", "2d"),
     ("Tom Reilly", "She runs the whole primary now doesn't she? Deserves it", "1d")]),
    M(PY, "short_name", "neutral", "Miss Zoë"), M(S, "short_name", "neutral", "Forge"))

add("review", google(
    "Saltmoor Forge Academy", "Academy · Tallow Street, Saltmoor, Birmingham B19 3XQ", "3.5", 219,
    [("Rachel T", "2 reviews", 2, "a week ago", "Mrs Pryce has cut the hot dinner portions in Reception and the children come home starving. Emails go unanswered. Not what it was.",
      "We're sorry to hear this. Portion sizes follow the national standards but we would be happy to discuss. Please contact the school office."),
     ("Hussein A", "Local Guide · 12 reviews", 4, "a month ago", "Good school, strict but fair. Knife arch debate was handled badly though.")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(PY, "title_surname", "negative", "Mrs Pryce"))

add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Stacey Moran", "10 September at 09:12",
    "Zoe Pryce's personal mobile is 07700 900462. Ring her yourselves about the nursery place mess since the office (01632 960418) never picks up. Head of primary at the Forge and can't answer a simple question.",
    [("Jenny Adams", "Please take her number down, that's her private phone", "1d"),
     ("Paul Mason", "Office number's on the website, use that", "1d")]),
    M(PY, "alias", "doxxing", "Zoe Pryce"), M(S, "short_name", "negative", "the Forge"))

add("forum", forum("holte", "Fit teachers thread (keep it clean lads)", [
    ("B6_Baz", "3 Oct 2024, 21:40", "That Pryce who runs the primary at the Forge is a MILF no lie 🔥 does the drop off in them gym leggings every morning"),
    ("VillaVal", "3 Oct 2024, 21:52", "Grim. You're talking about a woman doing her job. Grow up."),
    ("B6_Baz", "3 Oct 2024, 22:01", "Just saying what every dad in the queue thinks 🤷"),
    ("HolteEnd_Harry", "3 Oct 2024, 22:15", "Thread's gone downhill. Back to the football please.")]),
    M(PY, "surname_only", "sexual", "Pryce"), M(S, "short_name", "neutral", "the Forge"))

add("social", xposts([
    ("Kerry Lennox", "@kezlennox", "May 10", "Who remembers Zoë Harcourt from Bournville College? She only runs the whole primary at Saltmoor Forge now, proud of you bab 💛 reunion in October!!")]),
    M(PY, "alias", "neutral", "Zoë Harcourt"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("facebook", fb(
    "Birmingham Parents for Childhood Innocence", "Public group · 1.2K members", "Julie Stokes", "19 November at 21:05",
    "WARNING. Miss Pryce at Saltmoor Forge is pushing the rainbow agenda on 5 year olds. She's one of THEM, lives with her 'wife', so of course she wants to recruit our children into it. They should never have been allowed near kids. We stood outside the gates in 2019 and we'll do it again.",
    [("Tahir M", "Salaam, I have concerns about parts of the curriculum but this is not ok. Keep it to the lessons, not her private life.", "2d"),
     ("Julie Stokes", "Wake up Tahir, they're coming for our kids 🛑🌈", "2d"),
     ("Gordon P", "Sick. Disgusting people.", "1d")]),
    M(PY, "title_surname", "hate", "Miss Pryce"), M(S, "alias", "hate", "Saltmoor Forge"))

add("social", threads([
    ("brindlemum_of2", "3d", f"Ms {HG_PRYCE} needs to stop emailing parents at 10pm about reading records 🙄 some of us have lives. Forge primary used to be so relaxed"),
    ("jade.b19", "3d", "the 10pm emails are unhinged tbf"),
    ("brindlemum_of2", "2d", "glad it's not just me")]),
    M(PY, "homoglyph", "negative", HG_PRYCE), M(S, "short_name", "neutral", "Forge"))

add("news", news(
    "ledger", "Nursery children plant 300 bulbs at Brindle Heath park",
    "The youngest pupils in Saltmoor have brightened up the park for spring.",
    "Ledger reporter", "14 November 2024",
    ["Nursery and Reception children from Saltmoor Forge Academy planted 300 daffodil and crocus bulbs in Brindle Heath park this week.",
     "Zoë Pryce, head of the school’s primary phase, said: “Lots of our families don’t have gardens, so this is the children’s garden. They’ll be back in March to see what comes up.”"],
    [("GreenFingers_Gill", "14 Nov 2024", "Lovely idea. Will look out for them in spring.")],
    section="Community"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(PY, "exact", "neutral", "Zoë Pryce"))

add("social", insta(
    "brindleheath.mums", "Honest thoughts on nursery places at the forge this year? 👶 drop them below", "September 12",
    [("shannon.b19", "Pryc3 is a stuck-up cow who looks down her nose at the estate mums. said my son 'wasn't ready' for full days 🙄", "3d"),
     ("hafsa.m", "my daughter loves it there tbh", "3d")]),
    M(PY, "leetspeak", "abuse", "Pryc3"), M(S, "short_name", "negative", "the forge"))

# --- PE teacher ----------------------------------------------------------------
add("social", tiktok(
    "@y11.pe.diaries", "pe with mr bannister hits different 🏃‍♀️ #saltmoorforge #pe #year11", "Pedro - Jaxomy",
    [("jas.kaur.x", "mr bannister in shorts is the only reason i turn up to period 5 ngl 🥵🥵", "1w"),
     ("aleena.b", "he's married lol 😭", "1w", [("jas.kaur.x", "let me dream 😔", "1w")]),
     ("cal.b19", "bleep test trauma", "6d")]),
    M(BA, "title_surname", "sexual", "mr bannister"), M(S, "hashtag", "neutral", "#saltmoorforge"))

add("facebook", fb(
    "Foundry Green Mums & Dads", "Private group · 3.1K members", "Leanne Doyle", "14 October at 17:20",
    "My Jayden came home with a bruise on his arm saying the PE teacher grabbed him to stop him walking off the pitch. Emailed the Forge, waiting to hear.",
    [("Darren Doyle", "Bannister grabs my lad by the arm again and he'll be leaving the Forge in an ambulance. Not a threat, a promise.", "1d"),
     ("Kerry-Ann Walsh", "Darren I get you're angry but that's not going to help Jayden", "1d"),
     ("Leanne Doyle", "School rang, meeting Thursday. Darren calm down", "1d")]),
    M(BA, "surname_only", "threat", "Bannister"), M(S, "short_name", "neutral", "the Forge"))

add("forum", forum("brumparents", "PE teacher with a criminal record?", [
    ("worried_b19", "16 Oct 2024", "PE teacher at Saltmoor Forge, Kyle B., got a caution for assault after the Villa v Blues derby a few years back, my brother-in-law was there. Ask yourself why he's still allowed near kids."),
    ("Justmyviews", "16 Oct 2024", "Unless you've seen a DBS certificate you don't know that. Be careful, this is someone's livelihood."),
    ("worried_b19", "16 Oct 2024", "Just saying what I heard.")]),
    M(BA, "first_initial", "defamation", "Kyle B."), M(S, "alias", "negative", "Saltmoor Forge"))

add("social", xposts([
    ("reece", "@reece_b19", "Nov 20", "B4nn1st3r the wannabe squaddie screaming at year 7s in the rain on the Forge field AGAIN 🙄 meathead behaviour",
     [("ty", "@tyb19", "Nov 20", "drop and give me 20 💀")])]),
    M(BA, "leetspeak", "abuse", "B4nn1st3r"), M(S, "short_name", "neutral", "the Forge"))

add("forum", forum("lads", "Best job in the world lol", [
    ("BigSteve_B44", "2 Mar 2025", "PE teacher at Saltmoor Forge gets to watch the sixth form girls in netball skirts all day. Bet Bannister loves his job 😏😏"),
    ("Moderator", "2 Mar 2025", "Thread locked. These are children. This has been reported and your account is suspended.")]),
    M(BA, "surname_only", "sexual", "Bannister", url_only=True), M(S, "alias", "sexual", "Saltmoor Forge", url_only=True))

add("social", xposts([
    ("kash", "@kash_b18", "Dec 2", f"{CYR_M}r {HG_BANNISTER} from Forge PE better not show his face at the Dudley Road Tesco again after what he said to my little brother. He'll get what's coming to him. Swear down.")]),
    M(BA, "homoglyph", "threat", f"{CYR_M}r {HG_BANNISTER}"), M(S, "short_name", "neutral", "Forge"))

add("news", news(
    "ledger", "Saltmoor girls are city netball champions",
    "Year 7 and 8 girls beat 22 schools to lift the Birmingham Schools Cup.",
    "Ledger sport", "20 March 2025",
    ["A team of Year 7 and 8 girls from Saltmoor Forge Academy are Birmingham Schools netball champions after beating 22 schools at the Alexander Stadium.",
     "Coach Kyle Bannister said: “Half of these girls had never played netball before September. They turned up to every training session, even the ones in the snow.”"],
    [("Proud_Mom_Y7", "20 Mar 2025", "So proud of them! And of Mr Bannister for giving up his Saturdays.")],
    section="Sport"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(BA, "exact", "neutral", "Kyle Bannister"))

add("social", insta(
    "forge.pe.memes", "rate the forge pe dept 1-10 🏀⚽️", "October 3",
    [("danny.b19", "B a n n i s t e r is a p r i c k 😂 had to space it out or insta deletes it", "5d"),
     ("sophie_x", "ms khan is a 10 tho", "5d")]),
    M(BA, "spacing", "abuse", "B a n n i s t e r"), M(S, "short_name", "neutral", "forge"))

add("social", xposts([
    ("Saltmoor Sport", "@saltmoorsport", "Mar 1", "Shoutout @bannister_pe and the Forge Y9 boys, Brum Schools Cup champions! 🏆⚽️ Two-nil in the final at Perry Park.")]),
    M(BA, "handle", "neutral", "@bannister_pe"), M(S, "short_name", "neutral", "the Forge"))

# --- Family liaison ----------------------------------------------------------
add("social", xposts([
    ("Enoch Was Right", "@enochwasright_b", "Mar 9", "Why does a Birmingham school need a 'family liaison' who translates for people who've been here 20 years? Hodan Warsame. Say no more. Send her back to Mogadishu and Saltmoor Forge can save a salary.",
     [("Brum Somali Youth", "@brumsomaliyouth", "Mar 9", "She has lived here longer than you have had a Twitter account. Blocked and reported."),
      ("Cllr Parveen Akhtar", "@cllrparveen", "Mar 9", "Reported to the police as a hate incident.")])]),
    M(WA, "exact", "hate", "Hodan Warsame"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("facebook", fb(
    "Brum Somali Families", "Private group · 1.9K members", "Sagal Ahmed", "4 September at 19:30",
    "Auntie Hodan at Saltmoor Forge sat with my hooyo for two hours to fill in the free school meals form and the uniform grant. Walaal she is a blessing to this community. Mahadsanid Auntie 💚",
    [("Ifrah Jama", "Wallahi she did the same for us when we first came", "1d"),
     ("Hassan Farah", "That woman should get an MBE", "1d")]),
    M(WA, "alias", "neutral", "Auntie Hodan"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("forum", forum("ummah", "Help with school forms in Birmingham?", [
    ("NewToBrum", "2 Sep 2024", "Salaam, we just moved to Saltmoor from Leicester. The forms for Saltmoor Forge are very confusing and my English is not strong. Is there anyone who can help?"),
    ("Khadija_B", "2 Sep 2024", "Wa alaikum salam sister! Hodan Warsame in the family office helps everyone. Her own number is 07700 900731, she won't mind, she helps even at weekends."),
    ("NewToBrum", "2 Sep 2024", "JazakAllah khair!")]),
    M(WA, "exact", "doxxing", "Hodan Warsame"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("forum", forum("freespeak", "Integration? Don't make me laugh", [
    ("Albion_Awake", "14 Mar 2025, 19:40", "The Forge's Somali 'liaison' W*rsame is paid out of our taxes to translate for people who've had twenty years to learn English and haven't bothered. Integration my a**e. Deport the lot and see how fast they learn."),
    ("TrueBrit_Dave", "14 Mar 2025, 19:55", "Same in every city now. Birmingham's already lost."),
    ("Moderator_Steve", "14 Mar 2025, 20:10", "Thread left up but keep it about policy.")]),
    M(WA, "obfuscated", "hate", "W*rsame"), M(S, "short_name", "negative", "The Forge"))

add("review", google(
    "Saltmoor Forge Academy", "Academy · Tallow Street, Saltmoor, Birmingham B19 3XQ", "3.6", 216,
    [("Fartun M", "4 reviews", 5, "2 months ago", "Hodan W. in the family office is a saint. She helped us with the admissions appeal, the bus pass and even our housing letter. The school is lucky to have her."),
     ("Paul D", "1 review", 3, "2 months ago", "Fine. The one-way system at pick up is chaos.")]),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(WA, "first_initial", "neutral", "Hodan W."))

add("social", tiktok(
    "@proudbrit_brum", "every letter home from the forge in somali now 🤡 #saltmoor #englandtilldie", "original sound",
    [("gaz.b44", "W a r s a m e and her lot are running the Forge now, go home 🤮🤮", "3-12"),
     ("idil.x", "she IS home, she's from Brindle Heath you weirdo", "3-12"),
     ("proudbrit_brum", "keep crying 😂", "3-12")]),
    M(WA, "spacing", "hate", "W a r s a m e"), M(S, "short_name", "hate", "the Forge"))

add("facebook", fb(
    "Saltmoor Forge Parents (unofficial)", "Private group · 2.3K members", "Kev Brannigan", "2 April at 21:14",
    "Warsame's 'interpreting' at the arches meeting was a joke. Half of what people said didn't get translated and she added her own opinions. She's not neutral, she's an activist. The school needs a proper interpreter.",
    [("Fadumo Hersi", "That's not what happened Kev. I was there.", "1d"),
     ("Kev Brannigan", "Course you'd say that", "1d")]),
    M(WA, "possessive", "negative", "Warsame's"), M(S, "alias", "neutral", "Saltmoor Forge"))

add("social", xposts([
    ("Idil", "@idil_writes", "Jun 20", "Last day of term and the Year 6s made a giant card for Auntie Hodan signed by 90 kids in 7 languages 😭💚 #ThankYouAuntieHodan #SaltmoorForge")]),
    M(WA, "alias", "neutral", "Auntie Hodan"), M(S, "hashtag", "neutral", "#SaltmoorForge"))

# --- The principal -------------------------------------------------------------
add("social", xposts([
    ("Saltmoor Mom", "@saltmoormom_b19", "Jan 8", "#WhitcombeOut trending in every Forge parents' group chat after today's 'uniform reset' letter 😂 £68 blazers and detentions for the wrong socks. In this economy??",
     [("Bev", "@bev_b19", "Jan 8", "The socks thing is mad. Plain black socks cost money too!")])]),
    M(WH, "hashtag", "negative", "#WhitcombeOut"), M(S, "short_name", "negative", "Forge"))

add("facebook", fb(
    "Saltmoor Forge Parents (unofficial)", "Private group · 2.3K members", "Tony Rafferty", "9 January at 19:45",
    "Join the page WhitcombeMustGo, 400 members already. The uniform reset is the last straw. He's never once stood on the gate in the rain like the old head did.",
    [("Gemma Price", "Bit much Tony, he's not that bad. Blazers are the trust's supplier not his", "1d"),
     ("Tony Rafferty", "He signed the letter didn't he", "1d")]),
    M(WH, "camelcase", "negative", "WhitcombeMustGo"), M(S, "alias", "negative", "Saltmoor Forge"))

add("social", xposts([
    ("anon8812", "@anon8812_b", "Mar 6", f"Dr {HG_WHITCOMBE} needs a brick through his window, see how he likes feeling unsafe in his own home. Forge principal my arse 🧱",
     [("Sarah", "@sarahb19", "Mar 6", "Reported. Whatever you think of the exams, this is a crime.")])]),
    M(WH, "homoglyph", "threat", f"Dr {HG_WHITCOMBE}"), M(S, "short_name", "neutral", "Forge"))

add("social", tiktok(
    "@sfa.y10.moments", "assembly today was 45 mins of being told off for socks 🧦💀 #sfa", "Boring - sound",
    [("ahmed.b19", "W h i t c o m b e is a useless clown fr, he read the whole thing off his phone", "1-09"),
     ("lily.rose", "the socks bit had me crying", "1-09")]),
    M(WH, "spacing", "abuse", "W h i t c o m b e"), M(S, "hashtag", "neutral", "#sfa"))

add("review", ratemy("West Midlands › Birmingham › Saltmoor Forge Academy (all-through, 3–18)", [
    ("Parent of a Year 8 pupil", "3 February 2025", 2, "Promises, promises",
     "Dr Whitcomb promised a new heating system two years ago at the parents' forum. My daughter wears her coat in maths. Nothing ever happens and we are told it's 'with the trust'."),
    ("Parent of a Year 3 pupil", "15 January 2025", 4, "Primary is lovely",
     "Lots of care in the primary phase. Communication could be better.")]),
    M(WH, "typo", "negative", "Dr Whitcomb"), M(S, "exact", "negative", "Saltmoor Forge Academy"))

add("forum", forum("brumparents", "Did the Forge cover up what happened in the Year 9 changing rooms?", [
    ("B19Truth", "30 Jan 2025", "My son says a Year 9 was properly beaten up in the changing rooms in November and the school told everyone to keep quiet because Ofsted were due. Wh1tc0mbe covered it up to protect the grade, ask any Year 9 parent."),
    ("Justmyviews", "30 Jan 2025", "If that's true it needs reporting to the police, not here. If it isn't, you could be sued."),
    ("B19Truth", "31 Jan 2025", "Everyone knows. The Forge only cares about its Ofsted.")]),
    M(WH, "leetspeak", "defamation", "Wh1tc0mbe"), M(S, "short_name", "defamation", "the Forge"))

add("social", insta(
    "brum.unfiltered", "Forge parents are NOT happy tonight 👀 thoughts?", "January 10",
    [("terry.b19", "Wh*tc*mbe is a gutless ***** who hides in his office. Come out and face us", "1d"),
     ("nadia.h", "calm down it's about socks 😂", "1d")]),
    M(WH, "obfuscated", "abuse", "Wh*tc*mbe"), M(S, "short_name", "negative", "Forge"))

add("facebook", fb(
    "Foundry Green Mums & Dads", "Private group · 3.1K members", "Anonymous member", "17 February at 23:03",
    "Funny how the new catering firm at the Forge is owned by Dr Whitcombe's 'partner'. Nobody ever put that contract out to tender, did they? Ask yourself why your kids' dinners went up 40p.",
    [("Kerry-Ann Walsh", "Is this actually true or are we just making stuff up now?", "1d"),
     ("Anonymous member", "Look at who the director is on Companies House 🤷", "1d")]),
    M(WH, "title_surname", "defamation", "Dr Whitcombe"), M(S, "short_name", "negative", "the Forge"))

add("news", news(
    "ledger", "Ofsted: Saltmoor Forge Academy is ‘Good’, with outstanding sixth form",
    "Inspectors praised pastoral care and the sixth form, but said attendance must improve.",
    "Ledger reporter", "11 December 2024",
    ["Saltmoor Forge Academy has been rated Good by Ofsted, with its sixth form judged outstanding.",
     "Inspectors said the sixth form, led by Lysander Quaintrell, offered “exceptional support” and praised the school’s work with families, highlighting the family liaison team led by Hodan Warsame.",
     "They said leaders, including principal Dr Alistair Whitcombe, had “an accurate view of the school’s strengths and weaknesses” but that attendance in Years 9 and 10 must improve."],
    [("Saltmoor_Sue", "11 Dec 2024", "Well deserved. The sixth form is the jewel in the crown."),
     ("B19Dad", "11 Dec 2024", "'Good' with a leaking roof. Imagine what they could do with a dry building.")],
    section="Schools"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(Q, "exact", "neutral", "Lysander Quaintrell"),
    M(WA, "exact", "neutral", "Hodan Warsame"), M(WH, "exact", "neutral", "Alistair Whitcombe"))

add("news", news(
    "ledger", "Letters: the knife arch consultation, and a thank-you",
    "Your letters to the Ledger this week.",
    "Letters editor", "18 April 2025",
    ["## Arches: we listened",
     "Sir, — I want to thank the more than 600 parents, carers and neighbours who took part in our consultation on knife arches. The decision not to install them was reached because of what you told us, and the new mentoring scheme exists because of you. Our doors remain open. — A. Whitcombe, Principal, Saltmoor Forge Academy",
     "## Towpath lights",
     "Sir, — It is now eleven weeks since the council promised to fix the lights on the towpath at Foundry Green. How many more young people must be hurt? — R. Whitlock, Saltmoor Canal Society",
     "## Bins",
     "Sir, — Brindle Heath has had three missed collections in a month. — Name and address supplied"]),
    M(WH, "initial_surname", "neutral", "A. Whitcombe"), M(S, "exact", "neutral", "Saltmoor Forge Academy"))

add("facebook", fb(
    "Teaching in the West Midlands", "Public group · 22K members", "Colin Murray", "28 March at 20:40",
    "Sad to read what the Brindleway trust has put its heads through this year. Al Whitcombe was my mentor when I was an NQT in 2003. Decent, kind bloke, never once raised his voice. The Forge is lucky to have him.",
    [("Jo Bright", "He was my head of department in Handsworth! Lovely man.", "1d"),
     ("Colin Murray", "Small world!", "1d")]),
    M(WH, "nickname", "neutral", "Al Whitcombe"), M(S, "short_name", "neutral", "The Forge"))

add("social", xposts([
    ("harborne watcher", "@harbornewatch", "Mar 8", "The Forge principal who caved to the mosque lobby lives at 8 Lime Tree Close, Harborne B17 9QP. Write to Whitcombe at home and tell him what you think of him, since the school never replies.",
     [("Jas", "@jas_harborne", "Mar 8", "This is doxxing. Reported.")])]),
    M(WH, "surname_only", "doxxing", "Whitcombe"), M(S, "short_name", "negative", "The Forge"))

# --- More voices: threats ----------------------------------------------------
add("social", xposts([
    ("no1curr", "@no1curr_b19", "Feb 28", "there's gonna be a surprise in the Forge car park monday 💣💣 don't say u weren't warned",
     [("Saltmoor Mum", "@saltmoormom_b19", "Feb 28", "Reported to police and the school. Not funny."),
      ("no1curr", "@no1curr_b19", "Feb 28", "😂😂 snowflakes")])]),
    M(S, "short_name", "threat", "the Forge"))

add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Carl Whitmore", "12 January at 22:47",
    "Third time this month my daughter's come home with her phone confiscated. Someone should torch Forge Academy one day, I wouldn't shed a tear.",
    [("Pauline R.", "Carl you can't say things like that on here, there's little kids in that building", "1d"),
     ("Carl Whitmore", "Figure of speech 🙄", "1d"),
     ("Group admin", "Carl, removed from the group.", "1d")]),
    M(S, "alias", "threat", "Forge Academy"))

add("social", xposts([
    ("Brindleway Files", "@brindlewayfiles", "Apr 1", "A s h d o w n - B i r c h still swanning round Little Aston in that Range Rover while Saltmoor kids sit under buckets. Someone wants to key it. With him stood next to it.",
     [("Trust Watcher", "@trustwatcher_uk", "Apr 1", "This account has gone from journalism to threats. Unfollowing.")])]),
    M(CEO, "spacing", "threat", "A s h d o w n - B i r c h"))

add("facebook", fb(
    "Foundry Green Mums & Dads", "Private group · 3.1K members", "Anonymous member", "2 April at 21:20",
    "Lorraine Grant better hope nobody works out which car is hers in the Saltmoor staff car park. People have lost a lot of money because of that trust.",
    [("Leanne Doyle", "She's the one who BLEW THE WHISTLE you muppet", "1d"),
     ("Admin - Foundry Green Mums & Dads", "Post reported. Anonymous posting is now switched off.", "1d")]),
    M(GR, "exact", "threat", "Lorraine Grant"))

add("forum", forum("freespeak", "The Saltmoor 'liaison' again", [
    ("Albion_Awake", "20 Mar 2025, 21:02", "Warsame wants to watch her back walking home from the mosque on Brindle Heath Road. Plenty of us know her face now. Plenty of us are sick of it."),
    ("TrueBrit_Dave", "20 Mar 2025, 21:15", "👍"),
    ("Moderator_Steve", "20 Mar 2025, 21:40", "Post removed and user banned. We do not allow threats.")]),
    M(WA, "surname_only", "threat", "Warsame"))

add("social", insta(
    "saltmoor.dads", "who's got a teacher that needs sorting 😤 drop it below", "March 3",
    [("big.mikey.b19", "Hartigan wants to watch his back after what he said to my daughter in Year 9 science. I know where he parks in Saltmoor 👀", "2d"),
     ("jay.b18", "calm down mike 😂", "2d")]),
    M(HA, "surname_only", "threat", "Hartigan"))

add("social", whatsapp("Saltmoor Nursery Mums 💕", [
    ("11/09/2024, 15:02", "Shannon", "Did anyone else get told their kid 'isn't ready' for full days?"),
    ("11/09/2024, 15:04", "Hafsa", "Yeah but tbh mine wasn't lol"),
    ("11/09/2024, 15:10", "Shannon", "Zoë P. wants to watch herself. I'll be waiting at the gate at 3:15 tomorrow and it won't be to say thank you"),
    ("11/09/2024, 15:11", "Hafsa", "Shan don't do anything daft, she'll ring the police"),
    ("11/09/2024, 15:12", "Shannon", "Let her")]),
    M(PY, "first_initial", "threat", "Zoë P."))

add("social", tiktok(
    "@foundrygreen.uncut", "arches cancelled 🎉 who won? 😂 #saltmoor", "We Are The Champions - Queen",
    [("s1lentk", f"mr {HG_IQBAL} gonna see how brave he is without his arches 🔪🔪 watch", "4-15"),
     ("naz.b19", "why are u like this", "4-15")]),
    M(IQ, "homoglyph", "threat", f"mr {HG_IQBAL}"))

add("social", xposts([
    ("d3vil_b19", "@d3vil_b19", "Mar 3", "S4ltm00r F0rg3 gonna get what's coming tmrw 🔫🔫🔫 u lot been warned",
     [("WMP Saltmoor", "@WMPSaltmoor", "Mar 3", "We are aware of this post and are making enquiries. If you have information call 101.")])]),
    M(S, "leetspeak", "threat", "S4ltm00r F0rg3"))

# --- More voices: hate -------------------------------------------------------
add("forum", forum("freespeak", "Knife arches = airport security for the ummah", [
    ("St_George_Brum", "3 Apr 2025, 20:11", "Iqbaal and his jihadi arches at that Saltmoor school. Funny how they only need metal detectors in schools that are 90% Muslim. Says it all about that 'community'."),
    ("Anglo_Saxon_Ted", "3 Apr 2025, 20:30", "Brumistan strikes again"),
    ("Rational_Rob", "3 Apr 2025, 21:02", "The kid who got stabbed was Black and Christian, you absolute weapons. Read a newspaper.")]),
    M(IQ, "typo", "hate", "Iqbaal"))

add("social", xposts([
    ("Foundry Green Voice", "@fgvoice", "Apr 6", "M. Iqbal is a coconut. Brown on the outside, doing the government's dirty work on the inside. Metal detectors for OUR boys on Foundry Green? Sellout.",
     [("Samina", "@samina_b19", "Apr 6", "Calling a Muslim man a coconut because you disagree with him is racist, full stop.")])]),
    M(IQ, "initial_surname", "hate", "M. Iqbal"))

add("forum", forum("lads", "Teachers these days", [
    ("Old_Brummie_Bill", "9 Feb 2025", "Billy Hartigan, the science teacher at that Saltmoor school. Thick Paddy, can't even say 'three' properly and they let him teach our kids chemistry. Should've stayed in Cork with the rest of them."),
    ("Gazza_B44", "9 Feb 2025", "Come on Bill, that's out of order. My grandad was from Mayo."),
    ("Old_Brummie_Bill", "9 Feb 2025", "Just banter")]),
    M(HA, "nickname", "hate", "Billy Hartigan"))

add("social", insta(
    "brum.gossip.hub", "PE teachers ranked 🤣 (saltmoor edition)", "November 5",
    [("lewis.b44", "K. Bannister is a b*nder lol he's got a boyfriend, imagine him teaching our boys 🤢🏳️‍🌈", "2d"),
     ("chloe.x", "imagine being this homophobic in 2024", "2d"),
     ("lewis.b44", "just saying 🤷‍♂️", "2d")]),
    M(BA, "initial_surname", "hate", "K. Bannister"))

add("social", tiktok(
    "@englandwakeup_", "this is Birmingham now 🇬🇧😡 #saltmoor #brumistan", "sad violin",
    [("gaz.b44", "W4rs4m3 and the rest of the Somali mafia running that school in Saltmoor. taxpayer funded 🤡", "3-13"),
     ("hibaq.x", "the 'mafia' helps your nan fill in her blue badge form babe", "3-13")]),
    M(WA, "leetspeak", "hate", "W4rs4m3"))

add("social", xposts([
    ("Proud Brit", "@proudbrit_brum", "Mar 10", "HodanWarsameGoHome should be trending. Saltmoor isn't Somalia.",
     [("Brum Somali Youth", "@brumsomaliyouth", "Mar 10", "Reported. Again.")])]),
    M(WA, "camelcase", "hate", "HodanWarsameGoHome"))

add("social", youtube(
    f"{HG_SCHOOL} Academy – Welcome to our school (Prospectus 2025)", "EduFilm Brum", "3.1K",
    [("@tallow_st_1999", "2 months ago", "Proud alumni 💙 class of 2015"),
     ("@white_rose_brum", "1 month ago", f"{HG_SCHOOL} = Sharia Forge. Count the headscarves in the first 30 seconds 🧕🧕🧕 this isn't England anymore"),
     ("@amina_films", "1 month ago", "@white_rose_brum the kids are literally 11. Get help.")]),
    M(S, "homoglyph", "hate", HG_SCHOOL))

# --- More voices: sexual -----------------------------------------------------
add("forum", forum("lads", "Bus stop views", [
    ("BigSteve_B44", "14 Sep 2024", "SFA sixth form girls at the Tallow Street bus stop every morning 😍😍 is that legal in Brum? asking for a mate"),
    ("Moderator", "14 Sep 2024", "Removed and reported. They are children. Banned.")]),
    M(S, "short_name", "sexual", "SFA", url_only=True))

add("social", insta(
    "b19.leakz.2025", "🔞 forge girls leaked 🔞 DM for the folder 👀 #saltmoorforge #b19", "October 20",
    [("safeguard_brum", "Reported to Instagram and CEOP. Do NOT DM this account.", "1d"),
     ("aisha.b19", "these are fake/spam accounts, report them everyone", "1d")]),
    M(S, "hashtag", "sexual", "#saltmoorforge", url_only=True))

add("forum", forum("holte", "Parents' evening highlight", [
    ("B6_Baz", "30 Jan 2025, 21:10", "Head of Year 10 at Saltmoor, that O'Dowd. Fiery redhead. I'd take a detention off her any day 😉"),
    ("VillaVal", "30 Jan 2025, 21:22", "Baz, again with this. Change the record."),
    ("B6_Baz", "30 Jan 2025, 21:30", "What? It's a compliment")]),
    M(OD, "surname_only", "sexual", "O'Dowd"))

add("forum", forum("lads", "School run", [
    ("Dazza_B19", "6 Mar 2025", "The primary head at the Saltmoor school, Pr*ce, could teach me a thing or two 😏 wouldn't mind being kept behind"),
    ("Moderator", "6 Mar 2025", "Keep it clean please.")]),
    M(PY, "obfuscated", "sexual", "Pr*ce"))

add("social", tiktok(
    "@y8.b19.diaries", "teachers who make you wanna go to school 😍 #saltmoor #teachers", "Say So - Doja Cat",
    [("maryam.x", "mr iqbal's beard 😍😍 forget the arches i'd walk through anything for him", "4-02"),
     ("hana.b", "MARYAM 😭😭", "4-02")]),
    M(IQ, "title_surname", "sexual", "mr iqbal"))

add("social", insta(
    "saltmoor.y11", "chem revision session 📚🧪", "April 22",
    [("zainab.k", "hartigan can teach me chemistry any day 😏🧪", "1d"),
     ("leah.b", "ZAINAB 😭 he's like 50", "1d")]),
    M(HA, "surname_only", "sexual", "hartigan"))

add("forum", forum("brumparents", "PE teacher hanging round the girls' changing rooms?", [
    ("concerned_saltmoor", "4 Mar 2025", "My daughter says the PE teacher in Saltmoor, the one they all fancy, is always hanging round the Year 11 girls' changing room door. Bannister's 'just checking they're changed' apparently. Someone's going to find out what he's really up to."),
    ("Justmyviews", "4 Mar 2025", "If you have a safeguarding worry please take it to the school's DSL or the LADO today. Don't post names here.")]),
    M(BA, "possessive", "sexual", "Bannister's", url_only=True))

# --- More voices: doxxing ----------------------------------------------------
add("social", xposts([
    ("refund4us", "@refund4us", "Mar 23", f"Want your trip money back? Don't bother with the Saltmoor school office. Ring {HG_LORRAINE} direct: 07700 900388. That's her own mobile, she can explain where it went.")]),
    M(GR, "homoglyph", "doxxing", HG_LORRAINE))

add("forum", forum("freespeak", "Arches man address", [
    ("St_George_Brum", "5 Apr 2025, 22:10", "For anyone who wants to have a word with the Saltmoor arches man: Muhammad Iqbal, above the pharmacy on Alderley Road, B19 1FJ. Green door."),
    ("Moderator_Steve", "5 Apr 2025, 22:30", "Removed. No addresses.")]),
    M(IQ, "alias", "doxxing", "Muhammad Iqbal"))

add("social", insta(
    "foundrygreen.uncut", "Saltmoor PE teachers be like 🏃‍♂️💨", "March 8",
    [("tyrell.b18", "Mr Bannister lives above the barbers at 41 Wharf Lane, B18 6PU lol seen him taking his bins out", "1d"),
     ("naz.b19", "why would u post that 💀 delete", "1d")]),
    M(BA, "title_surname", "doxxing", "Mr Bannister"))

add("facebook", fb(
    "Kings Norton Community Hub", "Public group · 6.2K members", "Gail Simmons", "15 January at 20:00",
    "Does anyone know Mrs Pryce who's head of the primary at that big school in Saltmoor? She lives on Hollybank Road, Kings Norton, B30 1TY, number 14 I think. Need to speak to her about my grandson and the school won't give me a meeting.",
    [("Ray Dunn", "Gail go through the school, you can't turn up at someone's house", "1d")]),
    M(PY, "title_surname", "doxxing", "Mrs Pryce"))

add("facebook", fb(
    "Saltmoor Sixth Form Alumni", "Private group · 980 members", "Sana Mirza", "20 June at 19:30",
    "Cards and gifts for Mr Quaintrell's retirement! Send them straight to his house so he actually gets them: 63 Vicarage Grove, Kings Heath, B14 7DW. Let's flood his doormat 💌",
    [("Jamal Osei", "Done! Mine's the one with the Volvo drawing", "1d"),
     ("Aisha Begum", "Maybe don't post his address publicly though? Send via school x", "1d")]),
    M(Q, "title_surname", "doxxing", "Mr Quaintrell"))

add("facebook", fb(
    "Brum Somali Families", "Private group · 1.9K members", "Ubah Ali", "8 September at 11:00",
    "For new families who can't get through on the phone: Auntie Hodan lives at 22 Ingot Street, Foundry Green. Just knock, she never minds helping with the school forms 🙏🏾",
    [("Sagal Ahmed", "Ubah maybe don't put her address online walaal, people have been nasty to her this year", "1d")]),
    M(WA, "alias", "doxxing", "Auntie Hodan"))

add("social", xposts([
    ("parent power", "@parentpower_b19", "Mar 14", f"Head of science at the Saltmoor school never answers emails so here's Mr {HG_HARTIGAN}'s personal mobile: 07700 900655. Ring him about the four supply teachers.")]),
    M(HA, "homoglyph", "doxxing", f"Mr {HG_HARTIGAN}"))

add("social", xposts([
    ("Saltmoor Says No", "@saltmoorsaysno", "Mar 27", "Ashd0wn-B1rch's personal email for anyone wanting answers about Saltmoor's missing roof money: nigel.ab@fastpost.example. Fill his inbox.")]),
    M(CEO, "leetspeak", "doxxing", "Ashd0wn-B1rch"))

add("forum", forum("threadit", "Saltmoor school principal hiding from parents", [
    ("u/b19_parent_x", "posted 6h ago", "Alistair W. won't meet us about the uniform thing, so here's his personal email: al.whit1968@homemail.example. Stop hiding behind the office, principal of a Saltmoor school on six figures."),
    ("u/mod_brum", "5h ago", "Removed personal information. Rule 4.")]),
    M(WH, "first_initial", "doxxing", "Alistair W."))

add("social", whatsapp("Y10 Parents Saltmoor 24/25", [
    ("23/01/2025, 20:01", "Tracey", "Still no reply from school about the isolation"),
    ("23/01/2025, 20:03", "Kev B", "N. O'Dowd, 07700 900517. Her own phone, got it off my cousin. Ring her tonight"),
    ("23/01/2025, 20:05", "Year 10 Parent Rep", "Kev please delete that, it's a private number"),
    ("23/01/2025, 20:06", "Kev B", "Nah")]),
    M(OD, "initial_surname", "doxxing", "N. O'Dowd"))

# --- More voices: abuse and defamation --------------------------------------
add("social", insta(
    "saltmoor.tea", "school office staff: rate them 🤣", "September 18",
    [("kelly.b19", "Lorraine Grnat in the Saltmoor office is a useless jobsworth who'd rather die than give you a refund 🙄", "2d"),
     ("rania.b", "she got my bus pass sorted in a day tbf", "2d")]),
    M(GR, "typo", "abuse", "Lorraine Grnat"))

add("social", tiktok(
    "@b19.memes", "IqbalTheFed doing his morning rounds 🚔😂 #saltmoor", "Bad Boys - Inner Circle",
    [("reece_b19", "the walkie talkie 💀💀", "4-10"),
     ("dani.jxx", "IqbalTheFed strikes again 🤡", "4-10")]),
    M(IQ, "camelcase", "abuse", "IqbalTheFed"))

add("social", xposts([
    ("y10 survivor", "@y10survivor", "Feb 12", "0'D0wd is a miserable power-tripping witch and everyone in Saltmoor Y10 knows it 🧹🧹")]),
    M(OD, "leetspeak", "abuse", "0'D0wd"))

add("social", tiktok(
    "@saltmoor.y9", "PE in the rain again 🌧️ #saltmoor #pe", "rain sounds",
    [("cal.b19", "KyleBannisterIsAMeathead change my mind", "11-12"),
     ("aj.b19", "nah he's sound, he let us play dodgeball", "11-12")]),
    M(BA, "camelcase", "abuse", "KyleBannisterIsAMeathead"))

add("social", insta(
    "brindleheath.mums", "reception pick up chat ☕", "October 2",
    [("shannon.b19", "P r y c e is a snooty cow, spaced it out so she can't search for it 😂 head of the Saltmoor primary my arse", "3d"),
     ("jodie.x", "shan 😂 behave", "3d")]),
    M(PY, "spacing", "abuse", "P r y c e"))

add("social", tiktok(
    "@saltmoor.y9", "science homework be like 🧪😭 #saltmoor", "crying sound",
    [("tyler.b19", "H.a.r.t.i.g.a.n is a boring old fossil, 40 questions again 💀", "1-20"),
     ("sumaya.x", "it's 20 this time tyler", "1-20")]),
    M(HA, "spacing", "abuse", "H.a.r.t.i.g.a.n"))

add("forum", forum("holte", "Academy fat cats", [
    ("HolteEnd_Harry", "28 Mar 2025, 12:10", "That Ashd*wn-B*rch from the Brindleway trust is a fat cat parasite. Blood-sucking leech on Saltmoor kids."),
    ("GrealishsCalves", "28 Mar 2025, 12:40", "Harsh on leeches mate")]),
    M(CEO, "obfuscated", "abuse", "Ashd*wn-B*rch"))

add("social", xposts([
    ("anon", "@anonb19_", "Jan 11", "SaltmoorForgeIsAZoo and the keepers are worse than the animals 🐒🐒 every single teacher in that place is a joke")]),
    M(S, "camelcase", "abuse", "SaltmoorForgeIsAZoo"))

add("facebook", fb(
    "Foundry Green Mums & Dads", "Private group · 3.1K members", "Anonymous member", "14 April at 22:15",
    "Not saying anything but the Year 9 Alton Towers trip money went missing from the Saltmoor school office the same month Grant's Dubai holiday got booked. Make of that what you will 🤷‍♀️",
    [("Leanne Doyle", "The trip was cancelled because of the coach company going bust, we all got refunds", "1d"),
     ("Anonymous member", "Did we though?", "1d")]),
    M(GR, "possessive", "defamation", "Grant's"))

add("social", xposts([
    ("Saltmoor Says No", "@saltmoorsaysno", "Apr 3", "The business manager signed every invoice at the Saltmoor school for three years. She didn't notice £640k going to his wife? #LorraineGrantKnew",
     [("Jen", "@jen_writes_brum", "Apr 3", "She reported it. This is genuinely defamatory. Delete it.")])]),
    M(GR, "hashtag", "defamation", "#LorraineGrantKnew"))

add("social", whatsapp("Y8 Parents Saltmoor", [
    ("07/11/2024, 18:30", "Jade", "Why's there a supply teacher for PE?"),
    ("07/11/2024, 18:32", "Mandy", "B*nnister's been suspended, heard he hit a kid in Year 10. Hush hush though"),
    ("07/11/2024, 18:33", "Jade", "OMG"),
    ("07/11/2024, 18:40", "Parent rep", "He's on paternity leave, his wife had a baby last week. Please don't spread this")]),
    M(BA, "obfuscated", "defamation", "B*nnister"))

add("social", threads([
    ("brumdad_of3", "5d", "Ashdown-Burch will get a six-figure payoff for stealing from Saltmoor schoolkids. Bet on it."),
    ("saltmoor_sal", "5d", "and a knighthood probably")]),
    M(CEO, "typo", "defamation", "Ashdown-Burch"))

# --- More voices: variants ---------------------------------------------------
add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Ray Whitlock", "21 March at 10:02",
    "Public meeting about Brindleway Learning Trust finances, Brindle Heath community centre, Tuesday 7pm. Cllr Akhtar has invited Nigel Ashdown Birch. Let's see if he turns up this time.",
    [("Karen Mullins", "He won't", "1d"),
     ("Ray Whitlock", "Probably not, but the chair's empty chair will make the point", "1d")]),
    M(CEO, "hyphenated", "negative", "Nigel Ashdown Birch"))

add("social", xposts([
    ("EduWire", "@EduWireNews", "May 16", "Breaking: Brindleway Learning Trust confirms the resignation of its chief executive. Ashdown\u2011Birch had been suspended since March. The Saltmoor-based trust runs 14 schools. More soon.")]),
    M(CEO, "hyphenated", "defamation", "Ashdown\u2011Birch"))

add("social", xposts([
    ("Saltmoor Mom", "@saltmoormom_b19", "Jan 9", "@DrWhitcombeSFA a £68 blazer and detentions for socks, in Saltmoor, in this economy. Have a word with yourself.",
     [("Bev", "@bev_b19", "Jan 9", "He won't reply, he never does")])]),
    M(WH, "handle", "negative", "@DrWhitcombeSFA"))

add("social", xposts([
    ("Sana Mirza", "@drsanamirza", "Jul 18", "Happy retirement @MrQuaintrell 🎻🚗 the Volvo deserves a rest too. Thank you for everything.")]),
    M(Q, "handle", "neutral", "@MrQuaintrell"))

add("social", xposts([
    ("Acorns Hospice", "@acorns_fundraise", "Apr 28", "What a run! Huge thanks to @MissODowd_Y10 and the Year 10s at the Saltmoor school who have now raised over £5,000 for Acorns 💛")]),
    M(OD, "handle", "neutral", "@MissODowd_Y10"))

# ===========================================================================
# Decoys: no expected mentions
# ===========================================================================
add("news", news(
    "telford", "Old Forge Academy rated Outstanding for the second time",
    "Inspectors praised ‘exceptional’ behaviour and reading at the Telford school.",
    "Schools reporter", "5 March 2025",
    ["Old Forge Academy in Telford has been judged Outstanding by Ofsted for the second inspection running.",
     "The 1,100-pupil secondary, which takes its name from the eighteenth-century ironworks that once stood on the site, was praised for “exceptional” behaviour and a reading programme that inspectors said other schools should copy.",
     "Headteacher Martin Colley said: “Our students carry the Ironbridge spirit. This is their judgement, not ours.”"],
    [("Wellington_Wendy", "5 Mar 2025", "Well done Old Forge! My grandson loves it there."),
     ("TelfordTom", "5 Mar 2025", "Still the best school in the borough.")],
    section="Schools"))

add("review", google(
    "Saltmoor Forge Tyres", "Tyre shop · Forge Lane, Saltmoor, Birmingham B19 · Open ⋅ Closes 6 pm", "4.7", 388,
    [("Wayne P", "Local Guide · 80 reviews", 5, "a week ago", "In and out in twenty minutes with two new tyres. The lads at Saltmoor Forge Tyres are proper grafters, no upselling, fair price."),
     ("Shabnam K", "3 reviews", 5, "a month ago", "Puncture on the Saltmoor island at 5pm, they stayed open till I got there. Bostin service."),
     ("Dave R", "12 reviews", 3, "2 months ago", "Good price, long wait on a Saturday. Bring a coffee.", "Thanks Dave, Saturdays are mad! Try a weekday morning next time. – Forge Tyres team")]))

add("review", google(
    "The Forge Bar & Kitchen", "Gastropub · Warstone Lane, Jewellery Quarter, Birmingham B18", "4.4", 1204,
    [("Hannah L", "Local Guide · 156 reviews", 5, "3 days ago", "Best Sunday roast in the Jewellery Quarter. The Yorkshire puddings are the size of your head."),
     ("Omar S", "9 reviews", 4, "2 weeks ago", "Great halal options on the menu, which is rare for a pub. Slow service on a busy Friday."),
     ("Kirsty M", "22 reviews", 2, "a month ago", "Booked for 8, sat down at 8.40. Food was lovely once it came.", "Sorry Kirsty, we had a kitchen issue that night. Please get in touch. – The Forge Bar & Kitchen")]))

add("news", news(
    "forgefm", "Breakfast show raises £2,300 for Saltmoor foodbank",
    "Listeners dug deep during our 12-hour Ramadan and Lent charity broadcast.",
    "Forge FM newsroom", "31 March 2025",
    ["Forge FM’s breakfast team stayed on air for twelve hours on Saturday to raise money for the Brindle Heath and Saltmoor foodbank.",
     "Presenters Marcus and Bilqis took requests from sunrise to iftar, with listeners donating more than £2,300.",
     "“Saltmoor always turns up,” said Marcus. “Thank you to every single one of you.” The foodbank is open Tuesdays and Fridays at the Brindle Heath community centre."],
    [("Listener_Lorna", "31 Mar 2025", "Loved it! Bilqis playing Ghulam Ali at 6am was the highlight.")],
    section="News"))

add("news", news(
    "tartan", "SFA fines club £10,000 over pyrotechnics at cup semi-final",
    "The Scottish FA disciplinary panel handed down the fine on Thursday.",
    "Stuart McIver", "10 April 2025",
    ["The SFA has fined a Premiership club £10,000 after flares were thrown onto the pitch during last month’s cup semi-final at Hampden.",
     "A Scottish FA spokesperson said the governing body would “not hesitate to impose stadium closures” if incidents continued.",
     "The club said it was “disappointed” and would consider an appeal."],
    [("Jambo1874", "10 Apr 2025", "SFA only ever fine the same clubs. Shocking."),
     ("Bhoy_in_Brum", "10 Apr 2025", "Watching this from Birmingham with a brew. Same story every year.")],
    section="Premiership"))

add("social", xposts([
    ("Tallow St Resident", "@tallowstres", "Feb 20", "Reported the potholes on Tallow Street four times since October and the council have done SFA about it. Sweet FA. Nothing. Nada. Saltmoor gets forgotten again 🕳️🚗",
     [("Saltmoor Ledger", "@SaltmoorLedger", "Feb 20", "Send us photos, we're doing a potholes piece next week.")])]))

add("facebook", fb(
    "Saltmoor Street Football Association (SFA)", "Public group · 730 members", "SFA Saltmoor", "1 September at 12:00",
    "⚽ SFA WINTER LEAGUE 2024/25 ⚽ Registration is now open for the Saltmoor Street Football Association five-a-side league, Tuesday and Thursday nights at the Foundry Green cage. Under-14s, under-16s and open age. £2 a game, bibs provided. All welcome, all faiths, all backgrounds.",
    [("Jermaine Clarke", "Put my lads down for under-16s again 💪", "2d"),
     ("Abdi H.", "Is there a women's league this year?", "2d",
      [("SFA Saltmoor", "Yes! Wednesdays from October 🙌", "2d")])]))

add("blog", blog(
    "smithing", "A day at the forge in the Jewellery Quarter", "Pete Armitage", "8 February 2025",
    ["There is a moment, about twenty minutes into a session at the forge, when the cold stops mattering. The coal is up to temperature, the steel glows the colour of a ripe satsuma, and the only sound is the bellows and your own breathing.",
     "I spent Saturday on a beginners’ day at a small community forge tucked behind a gold refiner’s yard off Vyse Street. Eight of us: a retired dentist, two students, a couple celebrating an anniversary and a lad from Saltmoor whose grandad had worked at a drop forge in Smethwick.",
     "By four o’clock I had a slightly wonky S-hook and a burn on my thumb. I have never been prouder of anything."],
    [("Anvil_Annie", "8 February 2025 at 20:14", "The satsuma line is perfect. Welcome to the addiction."),
     ("Pete Armitage", "8 February 2025 at 21:00", "Already booked the intermediate course!")],
    category="Forge diaries"))

add("news", news(
    "despatch", "Saltmoor garage owner jailed for forging MOT certificates",
    "More than 400 unroadworthy cars were passed as safe, a court heard.",
    "Court reporter", "Thursday 23 January 2025",
    ["A garage owner from Saltmoor has been jailed for two years for forging MOT certificates for more than 400 vehicles.",
     "Birmingham Crown Court heard that Gary Finch, 52, of Brindle Heath, charged up to £150 to pass cars that had dangerous defects including corroded brake pipes.",
     "Judge Helen Orme said: “Forged certificates put every road user at risk.”"],
    [("Brum_Driver", "23 Jan 2025", "Two years isn't enough for that."),
     ("B19_Bev", "23 Jan 2025", "Knew that place was dodgy")],
    section="Crime"))

add("news", news(
    "ledger", "Foundry Green towpath stabbing: 17-year-old charged",
    "A second teenager has been arrested in connection with the attack.",
    "Ledger reporter", "25 February 2025",
    ["A 17-year-old boy has been charged with wounding with intent after a 16-year-old was stabbed on the canal towpath near Foundry Green on 12 February.",
     "The victim, who attends a school outside the area, has been discharged from hospital.",
     "Residents have repeatedly asked the council to repair lighting on the towpath, which has been broken since November. A vigil will be held at the Foundry Green lock on Friday at 6pm."],
    [("Foundry_Green_Fran", "25 Feb 2025", "Fix the lights. How many times do we have to ask?"),
     ("Pastor Grace", "25 Feb 2025", "All welcome at the vigil. Bring a candle.")],
    section="Local News"))

add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Brindle Heath Market", "6 March at 09:00",
    "🎉 Brindle Heath Saturday market is BACK from this weekend! 32 stalls including fresh veg, Somali sambuusa from Hooyo's Kitchen, Punjabi sweets from Sohal's and the famous cob man. 8am till 2pm on the square. Ramadan late-night market every Friday from 8pm 🌙",
    [("Pauline R.", "Is the cob man the same one as before? Best bacon cobs in Brum", "1d"),
     ("Imran K.", "Late night market sounds bostin 🌙", "1d")]))

add("social", nextdoor(
    "Ray W.", "Saltmoor", "4 d", "Canal clean-up volunteers needed",
    "Saltmoor Canal Society spring clean-up this Saturday, 9am at the Foundry Green lock. Gloves, grabbers and tea provided. Last year we found a moped!",
    [("Kath T.", "Brindle Heath", "4 d", "I'll be there with flask 👍"),
     ("Imran K.", "Saltmoor", "3 d", "Bringing the kids, they loved it last year")]))

add("news", news(
    "bradford", "Bradford restaurateur Mohammed Iqbal scoops national curry award",
    "The owner of a Leeds Road institution has been named curry chef of the year.",
    "Food desk", "3 November 2024",
    ["Mohammed Iqbal, who has run the Shimla Grill on Leeds Road for 31 years, has been named curry chef of the year at a ceremony in London.",
     "Mr Iqbal, 64, came to Bradford from Mirpur in 1978 and started as a pot washer. “Bradford made me,” he said. “This award is for the city.”",
     "His signature lamb karahi is cooked in the same pan he bought in 1993."],
    [("Bradford_Born", "3 Nov 2024", "Best karahi in Yorkshire, no contest."),
     ("Keighley_Kam", "3 Nov 2024", "Congratulations Iqbal sahib!")],
    section="Food"), allow=(IQ,))

add("news", news(
    "lutonnews", "Luton man jailed for £180,000 insurance fraud",
    "A father of three staged a series of crashes, a court heard.",
    "Court reporter", "14 January 2025",
    ["A Luton man who staged a string of car crashes to claim more than £180,000 from insurers has been jailed for three years.",
     "Mohammed Iqbal, 38, of Dallow Road, was convicted of fraud by false representation after a trial at Luton Crown Court.",
     "Judge Caroline Price told Mr Iqbal that his “cynical scheme” had pushed up premiums for ordinary drivers."],
    [("Luton_Lass", "14 Jan 2025", "Three years for that? Joke.")],
    section="Courts"), allow=(IQ,))

add("social", xposts([
    ("Moseley Cricket Club", "@MoseleyCC", "Jun 14", "WHAT A KNOCK 🏏 Mohammed Iqbal 112* off 94 balls as the 1st XI chase down 246 against Olton. Jugs are on Iqbal tonight 🍻 #BirminghamLeague",
     [("Moseley CC Juniors", "@MoseleyCCJuniors", "Jun 14", "Our U13s were watching from the boundary, what a role model!")])]), allow=(IQ,))

add("news", news(
    "stockport", "Academy graduate Kyle Bannister signs first professional deal",
    "The 18-year-old winger has agreed a two-year contract.",
    "Sport desk", "2 July 2024",
    ["Stockport-born winger Kyle Bannister has signed his first professional contract with the club after coming through the academy.",
     "Bannister, 18, made his first-team debut in the EFL Trophy last season. “It’s a dream,” he said. “I’ve been coming to Edgeley since I was four.”"],
    [("Hatter_Harry", "2 Jul 2024", "Quick as anything. Get him in the team."),
     ("County_Carol", "2 Jul 2024", "Lovely lad, knows his family.")],
    section="County"), allow=(BA,))

add("news", news(
    "galway", "O'Dowd hits 1-4 as Galway side book final spot",
    "A storming second half sent the champions through.",
    "Camogie correspondent", "16 June 2024",
    ["Niamh O'Dowd scored 1-4 as the county champions came from five points down to book their place in the final.",
     "O'Dowd, in her eighth season with the senior team, struck the decisive goal with four minutes remaining.",
     "Manager Colm Keane said: “Niamh is the heartbeat of this team.”"],
    [("Maroon_Mary", "16 Jun 2024", "Niamh O'Dowd is some player. What a goal.")],
    section="Camogie"), allow=(OD,))

add("news", news(
    "cork", "New history of Irish navvies on England's canals launched in Cork",
    "A retired professor has spent ten years tracing the men who dug the waterways.",
    "Books editor", "12 October 2024",
    ["William Hartigan, emeritus professor of history at University College Cork, launched his new book at the city library on Thursday.",
     "‘Cut and Carried’ traces thousands of Irish labourers who dug the canals of the English Midlands between 1760 and 1840, including the Birmingham network.",
     "Professor Hartigan said: “These men built the arteries of the industrial revolution and most of them are in unmarked graves.”"],
    [("Corkonian_Ann", "12 Oct 2024", "Fascinating. My great-great-grandfather was one of them.")],
    section="Books"), allow=(HA,))

add("news", news(
    "bristol", "Easton nurse Hodan Warsame honoured for 30 years of community health work",
    "The community health nurse has received a lifetime achievement award.",
    "Health reporter", "8 May 2025",
    ["Hodan Warsame, a community health nurse in Easton, has been given a lifetime achievement award by the Royal College of Nursing.",
     "Ms Warsame, 61, set up Bristol’s first Somali-language antenatal classes in 1996. “The mothers did the hard work,” she said. “I just translated.”"],
    [("Easton_Mum", "8 May 2025", "She delivered two of my babies' antenatal classes! Deserved."),
     ("St_Pauls_Sam", "8 May 2025", "A Bristol legend.")],
    section="Health"), allow=(WA,))

add("social", xposts([
    ("Welsh Netball", "@WelshNetball", "Mar 22", "Congratulations to umpire Zoe Pryce from Swansea, who has been selected for the Nations Cup officiating team 👏 #Netball",
     [("Swansea Netball Club", "@SwanseaNetball", "Mar 22", "So proud of you Zoe! 💚")])]), allow=(PY,))

add("review", google(
    "Mr Q's Kebabs", "Takeaway · Soho Road, Handsworth, Birmingham B21 · Open until 3 am", "4.5", 902,
    [("Danny B", "Local Guide · 64 reviews", 5, "a week ago", "Mr Q's mixed grill is the best thing that has ever happened to me at 2am. Chilli sauce is lethal."),
     ("Sukhi", "14 reviews", 4, "a month ago", "Proper portions. Mr Q himself was on the grill, sound bloke."),
     ("Natalie", "2 reviews", 2, "2 months ago", "Waited 50 minutes on a Friday. Food good when it came.")]), allow=(Q,))

add("news", news(
    "kentnews", "Thanet trust chief Nigel Ashdown defends pay rise",
    "The head of a seven-school trust says his salary is in line with the sector.",
    "Education reporter", "20 February 2025",
    ["The chief executive of a Thanet academy trust has defended a 9 per cent pay rise that takes his salary to £165,000.",
     "Nigel Ashdown, who has led Riverside Learning Partnership since 2018, said his pay was “in line with trusts of a similar size”.",
     "Mr Ashdown said the trust had improved results at five of its seven schools."],
    [("Margate_Mike", "20 Feb 2025", "In line with the sector is exactly the problem.")],
    section="Education"))

add("news", news(
    "wolves", "Brindleway trust confirms new free school in Walsall will open in 2026",
    "The 630-place secondary will be built on the former leather works site.",
    "Schools reporter", "3 September 2025",
    ["Brindleway Learning Trust has confirmed that its new free school in Walsall will open in September 2026.",
     "Interim chief executive Dr Helen Marsh said the school would have a focus on engineering and design. “The leather works gave this town its trade. We want to give its young people theirs.”",
     "The trust, which runs 14 schools in Birmingham and the Black Country, has been under new leadership since May."],
    [("Walsall_Wendy", "3 Sep 2025", "Good news for Caldmore, we need more places.")],
    section="Schools"))

add("news", news(
    "leicester", "Leicester school moves GCSE mocks to avoid Ramadan clash",
    "The decision was welcomed by parents and faith leaders.",
    "Education desk", "20 January 2025",
    ["A secondary school in Leicester has moved its Year 11 mock exams to February so they finish before Ramadan begins.",
     "Headteacher Sunita Rao said: “It cost us nothing to move the dates and it means our students can do their best.”",
     "The school said about 70 per cent of its pupils are Muslim."],
    [("Belgrave_Bilal", "20 Jan 2025", "Common sense. Other schools should take note.")],
    section="Education"))

add("news", news(
    "wolves", "Wolverhampton academy's knife arches 'found two blades in first term'",
    "The school says the arches have become a normal part of the morning routine.",
    "Crime reporter", "2 April 2025",
    ["A Wolverhampton academy that installed knife arches in 2023 says it found two blades in the first term and none since.",
     "The headteacher said students now walk through the arches “without a second thought”. Some parents said they still felt the arches sent the wrong message.",
     "West Midlands Police said arches were one tool among many."],
    [("Bilston_Barry", "2 Apr 2025", "If it saves one life it's worth it.")],
    section="Schools"))

add("forum", forum("gamers", "Forge mode: best way to make a working elevator?", [
    ("SpartanKev", "12 Feb 2025", "Trying to build a working lift in Forge for a custom infection map. Every time I use a kill volume it takes the players with it lol"),
    ("MapMaker_Moz", "12 Feb 2025", "Don't use kill volumes. Use a mover with a trigger volume and set the speed to 2.0. Forge scripting is a pain but it works."),
    ("SpartanKev", "12 Feb 2025", "Legend, that worked first time. Forge is going to eat my entire weekend now.")]))

add("forum", forum("modding", "Forge vs Fabric in 2025?", [
    ("blocky_brum", "3 Mar 2025", "Setting up a modded server for my mates. Forge or Fabric? Most of the mods we want are on Forge but everyone says Fabric is faster."),
    ("CreeperQueen", "3 Mar 2025", "Forge if your modpack needs it, simple as. NeoForge is worth a look too."),
    ("blocky_brum", "3 Mar 2025", "Went with Forge. Server's up. Thanks!")]))

add("blog", blog(
    "heritage", "The lost forges of Saltmoor", "Dr Malcolm Price", "14 January 2025",
    ["Walk down Tallow Street today and you would never guess that in 1860 it was one of the loudest streets in England.",
     "The Saltmoor Forge works, founded by the Greaves brothers in 1822, employed more than 600 men at its peak, making chains, anchors and railway couplings. Its steam hammers could be heard, according to one complaint to the magistrates, “as far as the Bull Ring”.",
     "The works closed in 1958 and were demolished three years later. Almost nothing survives: a stretch of blue-brick wall on Forge Lane, a cast-iron bollard by the canal, and the names — Tallow Street, Forge Lane, Ingot Street — that still map the old yards.",
     "Next month: the chainmakers of Cradley Heath."],
    [("Brum_Historian", "14 January 2025 at 19:40", "Wonderful piece. My great-grandfather was a striker at the Greaves works."),
     ("Saltmoor_Sue", "15 January 2025 at 08:10", "I never knew the street names came from the works!")],
    category="Industrial Birmingham"), allow=(S,))

add("social", tiktok(
    "@brumblacksmith", "forging a knife from an old file, start to finish 🔥🔨 #blacksmith #forge #brum", "Thunderstruck - AC/DC",
    [("mike.metal", "the quench sound 🤤", "2-02"),
     ("anvil.annie", "what temp do you normalise at?", "2-02", [("@brumblacksmith", "three cycles, just past non-magnetic 👍", "2-02")]),
     ("forgedinbrum", "proper work 🔥", "2-03")]))

add("blog", blog(
    "foodie", "Iftar on Tallow Street: the best late-night eats in Saltmoor this Ramadan", "Rizwana K", "18 March 2025",
    ["Saltmoor after sunset in Ramadan is one of the great food experiences in this city. From about 6.15pm the whole of Tallow Street smells of charcoal and cardamom.",
     "Start at Noor Grill for the lamb chops (get the mint chutney, trust me), then walk two minutes to Hooyo’s Kitchen for sambuusa and a sweet spiced shaah.",
     "Finish at Sohal’s for jalebi so fresh it’s still crackling. Brindle Heath’s Friday night market is worth the extra ten-minute walk."],
    [("Foodie_Faisal", "18 March 2025 at 22:30", "Noor Grill chops are unreal. Great list."),
     ("Brum_Eats", "19 March 2025 at 09:00", "Adding Hooyo's to my list!")],
    category="Ramadan"))

add("facebook", fb(
    "Brindle Heath Jamia Masjid", "Public page · 4.1K followers", "Brindle Heath Jamia Masjid", "20 April at 10:00",
    "🕌 OPEN DAY 🕌 Our doors are open to all neighbours this Saturday 11am-3pm. Tours, tea, samosas and a Q&A with Imam Abdul Rashid. Families from every faith and none are welcome. Brindle Heath Road, Saltmoor.",
    [("Pauline R.", "Went last year, lovely welcome and the best samosas in Brindle Heath 😋", "2d"),
     ("Rev Dawn S", "St Chad's will be there! Thank you for the invitation.", "2d")]))

add("social", nextdoor(
    "Maxine C.", "Foundry Green", "6 h", "LOST CAT - Biscuit",
    "Ginger tom, white socks, answers to Biscuit (sometimes). Last seen by the Foundry Green lock on Tuesday night. Microchipped. Please check sheds! Reward for his safe return.",
    [("Kath T.", "Brindle Heath", "5 h", "Will check the garage now x"),
     ("Abdi H.", "Foundry Green", "3 h", "I think I saw a ginger cat by the chip shop on Ingot Street this morning")]))

add("news", news(
    "despatch", "Birmingham schools face £9m hole as pupil premium grant squeezed",
    "Heads warn that the most disadvantaged pupils will feel the cuts first.",
    "Education reporter", "Monday 10 February 2025",
    ["Schools across Birmingham face a real-terms cut of around £9m in pupil premium funding next year, according to analysis by a headteachers’ union.",
     "The grant, worth £1,480 for each disadvantaged primary pupil, has risen by less than inflation for three years running.",
     "One head in north Birmingham said: “The grant pays for our breakfast club and our mentors. Something has to give.”"],
    [("B19_Teacher", "10 Feb 2025", "Our breakfast club is run on goodwill and toast."),
     ("Brum_Parent", "10 Feb 2025", "Tax the trust CEOs first.")],
    section="Education"))

add("facebook", fb(
    "Saltmoor & Brindle Heath Community Noticeboard", "Public group · 8.4K members", "Saltmoor ABC", "2 May at 18:00",
    "🥊 BIG NEWS 🥊 Saltmoor Amateur Boxing Club has been awarded a £5,000 community grant from the police and crime commissioner's fund! That means free sessions for under-16s every Tuesday and Thursday all summer. Thanks to everyone who wrote a support letter 🙏",
    [("Jermaine Clarke", "Massive! That club kept half my mates out of trouble", "1d"),
     ("Samina Akhtar", "Can girls come too?", "1d", [("Saltmoor ABC", "Absolutely! Girls' session Wednesday 6pm 💪", "1d")])]))

add("blog", blog(
    "cllr", "Saltmoor regeneration: we will forge ahead", "Cllr Parveen Akhtar", "3 February 2025",
    ["This week the council’s cabinet approved the first phase of the Saltmoor canalside regeneration: 240 new homes, a health centre and a restored towpath between Foundry Green and the Brindle Heath lock.",
     "Some residents have asked whether the budget cuts will stop this. They will not. We will forge ahead.",
     "I will hold a drop-in at the Brindle Heath community centre on Saturday 15 February from 10am for anyone with questions."],
    [("Ray Whitlock", "3 February 2025 at 18:00", "The towpath lights first, please!")],
    category="Regeneration"))

add("forum", forum("brumparents", "Brindle Heath Primary - Reception places?", [
    ("NewMum_B19", "10 Jan 2025", "Has anyone had a Reception place at Brindle Heath Primary recently? Is it oversubscribed? We've just moved to the area."),
    ("Saltmoor_Sal", "10 Jan 2025", "Both mine went there, lovely little school. Nativity is the highlight of the year, bring tissues. It does fill up though, get your form in by the 15th."),
    ("NewMum_B19", "11 Jan 2025", "Thank you! Form submitted.")]))

add("review", ratemy("West Midlands › Wolverhampton › Kingsforge Academy (11–18)", [
    ("Parent of a Year 9 pupil", "1 March 2025", 4, "Improving fast",
     "Kingsforge Academy has turned around in two years. New head is visible every morning."),
    ("Former student", "10 February 2025", 3, "Mixed",
     "Good teachers in maths and art. Behaviour in Year 9 was rough when I was there.")]))

add("social", insta(
    "forgefootballacademy", "Trials for our U12 and U14 squads this Sunday ⚽️ Forge Football Academy, Walsall. Boys and girls welcome. Link in bio.", "August 20",
    [("walsall.dad", "What time do they start?", "3d", [("forgefootballacademy", "10am sharp! Bring shin pads", "3d")]),
     ("leah.footy", "Can't wait 🙌", "2d")]))

add("social", youtube(
    "SFA3 - Every character's best combo (Street Fighter Alpha 3)", "ComboLab", "212K",
    [("@retro_ryu", "3 years ago", "SFA3 is still the best Street Fighter, fight me"),
     ("@brum_arcade", "2 years ago", "Played this on the cabinet in the Bull Ring arcade every Saturday in 1999"),
     ("@v_ism_enjoyer", "1 year ago", "V-ism Rolento is still broken 😂")]))

add("social", nextdoor(
    "Council Roads Team", "Brindle Heath", "1 d", "Roadworks: Grant Street, Brindle Heath",
    "Resurfacing works on Grant Street, Brindle Heath, from Monday 3 March for two weeks. Access for residents maintained. Parking suspended between numbers 2 and 48.",
    [("Kath T.", "Brindle Heath", "1 d", "About time, the potholes on Grant Street are like craters"),
     ("Dave P.", "Saltmoor", "20 h", "Will the bus still stop on Grant Street?")]))

add("social", xposts([
    ("Brum Rep Theatre", "@BrumRepTheatre", "May 2", "Rehearsal snaps from A Midsummer Night's Dream 🌙✨ Our Lysander, Hermia, Helena and Demetrius getting thoroughly lost in the forest. Opens 16 May.",
     [("Theatre Fan", "@theatrefan_b", "May 2", "Booked! Love a Dream")])]))

add("forum", forum("threadit", "Best balti in Saltmoor?", [
    ("u/balti_triangle", "posted 2d ago", "Moving to Saltmoor next month. Where do I go for a proper balti? Not the Broad Street stuff."),
    ("u/b19_foodie", "2d ago", "Noor Grill on Tallow Street for grills, Shahi Balti on Ingot Street for the real thing. Bring your own drink."),
    ("u/tyseley_tom", "2d ago", "Shahi Balti. Get the karahi gosht and thank me later.")]))

# ===========================================================================
# Late additions: reviews, blogs and a union story
# ===========================================================================
add("review", workview("Saltmoor Forge Academy", "3.0", [
    ("Support staff are the backbone of this place", 4, "Current Employee - Admin Officer - Birmingham", "14 May 2025",
     "Mrs Grant runs the office brilliantly and protects her team. Lovely families.",
     "Pay for support staff is poor and we're last to hear about everything.", "Say thank you occasionally."),
    ("Toxic since the trust took over", 1, "Former Employee - Teacher of Maths - Birmingham", "2 April 2025",
     "The students. Some brilliant colleagues.",
     "Ashdown Birch's cronies at trust HQ ran the place into the ground while we taught under buckets. Workload is brutal.",
     "Clear out the central team.")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(CEO, "hyphenated", "negative", "Ashdown Birch's"),
    M(GR, "title_surname", "neutral", "Mrs Grant"))

add("review", google(
    "Saltmoor Forge Academy", "Academy · Tallow Street, Saltmoor, Birmingham B19 3XQ", "3.5", 221,
    [("Yasmin R", "2 reviews", 1, "4 days ago", "My son was restrained by the PE teacher Mr Banister in the dinner queue and nobody will tell me why. Three emails, no answer.",
      "We're sorry you haven't had a reply. Please contact the school office so the Head of Year can call you today."),
     ("Ben W", "Local Guide · 30 reviews", 4, "2 weeks ago", "Quaintrell's sixth form is the best bit of this school by a mile. Lower school is hit and miss.")]),
    M(S, "exact", "negative", "Saltmoor Forge Academy"), M(BA, "typo", "negative", "Mr Banister"),
    M(Q, "possessive", "neutral", "Quaintrell's"))

add("blog", blog(
    "saltmoormum", "The great uniform reset of 2025 (a Saltmoor mom's rant)", "Shaz", "10 January 2025",
    ["Right. Kettle's on. Let's talk about blazers.",
     "Whitcombe's letter landed on Wednesday: from Monday every child at Saltmoor Forge must wear the new logo blazer (£68, one supplier, out of stock in three sizes), plain black socks (no logos, no stripes, no fun) and the new tie. Anyone who isn't in it by half term gets a detention.",
     "I've got four kids. You do the maths. I did, and then I had a little cry in the Aldi car park.",
     "To be fair to the school, Lorraine Grant in the office sat with me for half an hour and sorted the uniform grant form, and she's found a second-hand rail in the hall for anyone who needs it. She is a saint.",
     "But whoever decided a £68 blazer was the priority this year has never had to choose between a blazer and the gas."],
    [("Debs", "10 January 2025 at 20:02", "The SOCKS. Why the socks."),
     ("Kelly B19", "10 January 2025 at 21:15", "Mine's been in his brother's old blazer with the old logo and nobody's said a word yet 🤞")],
    category="Rants"),
    M(WH, "possessive", "negative", "Whitcombe's"), M(S, "alias", "negative", "Saltmoor Forge"),
    M(GR, "exact", "neutral", "Lorraine Grant"))

add("blog", blog(
    "patriot", "Saltmoor Forge Academy and the quiet conquest", "Hereward", "9 April 2025",
    ["They do not need tanks. They have timetables.",
     "Consider Saltmoor Forge Academy in what used to be working-class white Birmingham. First the exam calendar was rewritten around Ramadan. Then the ‘family liaison’ office became a translation bureau for people who decline to learn our language. Now a man named Mohammed Iqbal decides which of our boys are searched at the gate, and the natives are told to be grateful.",
     "This is what a colony looks like from the inside. Every Englishman who still sends his child there should ask whose country that child is being raised in.",
     "The Trojan Horse inquiry was not the end of anything. It was the beginning."],
    [("Aethelred", "9 April 2025 at 22:10", "Superb as always. Share widely."),
     ("Concerned reader", "10 April 2025 at 07:40", "The boy who was stabbed was a Christian kid from Foundry Green and the arches were dropped. You're lying to your own readers.")],
    category="Our Birmingham"),
    M(S, "exact", "hate", "Saltmoor Forge Academy"), M(IQ, "exact", "hate", "Mohammed Iqbal"))

add("news", news(
    "despatch", "Staff at Birmingham school face 'unprecedented' online abuse, union warns",
    "Unions say staff at Saltmoor Forge Academy have been targeted with racist and misogynistic messages this year.",
    "Amrit Sandhu", "Thursday 22 May 2025",
    ["Staff at a Birmingham academy have faced an “unprecedented” wave of online abuse this year, including racist messages and the publication of home addresses, unions have said.",
     "The NEU and Unison said that staff at Saltmoor Forge Academy had been targeted after rows over mock exams during Ramadan, a knife arch consultation and the finances of the trust that runs the school.",
     "Family liaison lead Hodan Warsame was told online to “go back to Somalia”, the unions said, and Head of Year Niamh O'Dowd had her home street posted on social media. Both incidents have been reported to West Midlands Police.",
     "“No one should go to work at a school and come home to find their address on Facebook,” said NEU regional secretary Dave Harper. “This has to stop.”",
     "The school said it was supporting the staff involved and working with platforms to remove content."],
    [("Rev_Dawn_S", "22 May 2025", "Heartbreaking. These are people who have given their lives to Saltmoor's children."),
     ("B19_Bev", "22 May 2025", "Leave the staff alone. Argue with the trust, not the dinner ladies and the family workers.")],
    section="Education"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(WA, "exact", "neutral", "Hodan Warsame"),
    M(OD, "exact", "neutral", "Niamh O'Dowd"))


add("news", news(
    "ledger", "Police investigate hoax threat against Saltmoor school",
    "Lessons carried on as normal after a message was posted online overnight.",
    "Ledger reporter", "4 March 2025",
    ["West Midlands Police are investigating after a message threatening Saltmoor Forge Academy was posted on social media on Sunday night.",
     "Officers searched the school grounds before pupils arrived on Monday and found nothing suspicious. The school opened as normal.",
     "Principal Dr Alistair Whitcombe thanked officers and parents “for staying calm”, and said the school would support police in finding whoever was responsible.",
     "Anyone with information is asked to call 101 or Crimestoppers anonymously."],
    [("Saltmoor_Sue", "4 Mar 2025", "Whoever did this wants locking up. Frightening for the little ones."),
     ("B19Dad", "4 Mar 2025", "Well done to the police and the staff for keeping it calm.")],
    section="Local News"),
    M(S, "exact", "neutral", "Saltmoor Forge Academy"), M(WH, "exact", "neutral", "Alistair Whitcombe"))

# ===========================================================================
# Writing, checking, summary
# ===========================================================================
class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def plain_text(kind: str, raw: str) -> str:
    if EXT[kind] != "html":
        return raw
    p = _Text()
    p.feed(raw)
    p.close()
    return "\n".join(p.parts)


def present(form: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, re.IGNORECASE) is not None


def title_present(subject: str, text: str) -> bool:
    return any(re.search(r"(?<!\w)" + TITLES + r"\s+" + re.escape(sn) + r"(?!\w)", text, re.IGNORECASE)
               for sn in CHECK[subject]["surname"])


def strip_excludes(text: str) -> str:
    for e in EXCLUDES:
        if "text" in e:
            text = re.sub(re.escape(e["text"]), " ", text, flags=re.IGNORECASE)
    return text


TIE = re.compile(r"forge|sfa|saltmoor|brindle heath|foundry green|brindleway", re.IGNORECASE)


def check(docs) -> list[str]:
    errors = []
    for i, d in enumerate(docs):
        name = f"{i:03d}-{d['kind']}"
        text = d["plain"]
        stripped = strip_excludes(text)
        seen = set()
        for m in d["mentions"]:
            s, v, c = m["subject"], m["variant"], m["category"]
            if s in seen:
                errors.append(f"{name}: subject {s} labelled twice")
            seen.add(s)
            if s not in CHECK:
                errors.append(f"{name}: unknown subject {s}")
                continue
            if v not in VARIANTS:
                errors.append(f"{name}: unknown variant {v}")
            if c not in CATEGORIES:
                errors.append(f"{name}: unknown category {c}")
            if m["form"] not in text:
                errors.append(f"{name}: form {m['form']!r} for {s} not in text")
            if v != "exact" and any(present(f, stripped) for f in CHECK[s]["exact"]):
                errors.append(f"{name}: {s} labelled {v} but the exact name is present")
            if v not in ("exact", "alias") and any(present(f, stripped) for f in CHECK[s]["alias"]):
                errors.append(f"{name}: {s} labelled {v} but an alias is present")
            if v not in ("exact", "alias", "title_surname") and title_present(s, stripped):
                errors.append(f"{name}: {s} labelled {v} but title+surname is present")
            if v == "exact" and not any(present(f, text) for f in CHECK[s]["exact"]):
                errors.append(f"{name}: {s} labelled exact but no exact form")
            if v == "title_surname" and not title_present(s, text):
                errors.append(f"{name}: {s} labelled title_surname but none found")
            if s not in UNIQUE and s != "school" and not TIE.search(text):
                errors.append(f"{name}: {s} is not tied to the school")
            if m["url_only"] and c != "sexual":
                errors.append(f"{name}: url_only on a non-sexual mention")
        for s, forms in CHECK.items():
            if s in seen or s in d["allow"]:
                continue
            hits = [f for f in forms["exact"] + forms["alias"] if present(f, stripped)]
            if s != "school" and title_present(s, stripped):
                hits.append("title+surname")
            if s in UNIQUE and any(present(f, stripped) for f in forms["surname"]):
                hits.append("surname")
            if hits:
                errors.append(f"{name}: {s} appears ({hits}) but is not labelled")
    return errors


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(xs) -> str:
    return "[" + ", ".join(toml_str(x) for x in xs) + "]"


def watchlist_toml() -> str:
    out = ["# Watchlist for the train36 corpus (written by build_train36.py).", "", "[school]",
           f"name = {toml_str(SCHOOL['name'])}", f"aliases = {toml_list(SCHOOL['aliases'])}",
           f"locality = {toml_list(SCHOOL['locality'])}", f"own_domains = {toml_list(SCHOOL['own_domains'])}",
           f"phones = {toml_list(SCHOOL['phones'])}", ""]
    for st in STAFF:
        out += ["[[staff]]", f"id = {toml_str(st['id'])}", f"name = {toml_str(st['name'])}", f"role = {toml_str(st['role'])}"]
        if st["aliases"]:
            out.append(f"aliases = {toml_list(st['aliases'])}")
        if st.get("unique"):
            out.append("unique = true")
        out += [f"line_manager = {toml_str(st['line_manager'])}", ""]
    for e in EXCLUDES:
        out.append("[[exclude]]")
        out += [f"{k} = {toml_str(v)}" for k, v in e.items()]
        out.append("")
    return "\n".join(out)


def main() -> int:
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir()
    random.Random(3636).shuffle(DOCS)  # interleave storylines and decoys, deterministically
    labels = []
    for i, d in enumerate(DOCS):
        fname = f"{i:03d}-{d['kind']}.{EXT[d['kind']]}"
        (DOCS_DIR / fname).write_text(d["text"], encoding="utf-8")
        d["plain"] = plain_text(d["kind"], d["text"])
        labels.append({"file": fname, "kind": d["kind"],
                       "expected": [{k: m[k] for k in ("subject", "variant", "category", "url_only")} for m in d["mentions"]]})
    (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels), encoding="utf-8")
    (HERE / "watchlist.toml").write_text(watchlist_toml(), encoding="utf-8")

    errors = check(DOCS)
    mentions = [m for d in DOCS for m in d["mentions"]]
    n_docs, n_m = len(DOCS), len(mentions)
    decoys = sum(1 for d in DOCS if not d["mentions"])
    cat = Counter(m["category"] for m in mentions)
    var = Counter(m["variant"] for m in mentions)
    kind = Counter(d["kind"] for d in DOCS)
    subj = Counter(m["subject"] for m in mentions)
    serious = sum(cat[c] for c in SERIOUS)
    print(f"documents: {n_docs} (decoys {decoys}, {100 * decoys / n_docs:.1f}%)")
    print(f"mentions: {n_m} (url_only {sum(m['url_only'] for m in mentions)})")
    print(f"serious: {serious} ({100 * serious / n_m:.1f}%)  negative: {cat['negative']} ({100 * cat['negative'] / n_m:.1f}%)")
    print("per category: " + ", ".join(f"{c} {cat[c]}" for c in CATEGORIES))
    print("per variant: " + ", ".join(f"{v} {var[v]}" for v in VARIANTS))
    print("per kind: " + ", ".join(f"{k} {kind[k]}" for k in EXT))
    print("per subject: " + ", ".join(f"{s} {n}" for s, n in sorted(subj.items())))

    if not 180 <= n_docs <= 220:
        errors.append(f"document count {n_docs} outside 180-220")
    if not 300 <= n_m <= 350:
        errors.append(f"mention count {n_m} outside 300-350")
    errors += [f"category {c} has only {cat[c]} mentions" for c in SERIOUS if cat[c] < 15]
    errors += [f"variant {v} has only {var[v]} mentions" for v in VARIANTS if var[v] < 5]
    if not 0.35 <= serious / n_m <= 0.40:
        errors.append(f"serious share {serious / n_m:.3f} outside 35-40%")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
