#!/usr/bin/env python3
# ruff: noqa: E501, E741, W291
"""Build the train28 labelled evaluation corpus for the repwatch matcher.

Setting
    Beacon Integrated College ("Beacon", "BIC", "Beacon College", "Beacon Integrated",
    formerly "Ballymarra Integrated College") is an invented integrated 11-18 college
    (Year 8-14, Catholic and Protestant pupils together) in the invented County Antrim
    town of Ballymarra, with the Lisnabrack estate and the Tullycorr road end nearby.
    The corpus covers one summer-to-winter stretch: bonfire and flags season (pallets
    lifted from the playing fields, a principal's photo on a bonfire, flags at the
    gates), sectarian graffiti on the college wall, a row over the Irish-language club,
    the newcomer community (Syrian and Polish families), a popular PE teacher who coaches
    both Gaelic football and rugby, a drama teacher suspended over messages to pupils,
    a vice-principal named in a trip-funds probe, AQE transfer-test talk and reviews.
    Short name "Beacon" is also an ordinary word (a bonfire beacon, a beacon of hope,
    Bluetooth beacons); acronym "BIC" is shared with the British-Irish Council, bank
    BIC codes, Bic lighters and the Ballymarra Improvement Committee.

Staff (all invented)
    Gráinne O'Hagan (Principal; née Devlin), David Campbell (Vice-Principal, pastoral; very
    common name with namesakes in the decoys), Robert Kernohan (Head of PE, GAA and rugby
    coach; "Bobby", "Rab"), Aoife Stewart-Quinn (Irish; hyphenated, "Aoife Quinn"),
    Isolde Verschoyle (Head of History; the one unique=true name), Ewa Zielińska
    (Newcomer/EAL coordinator; accented), Rami Haddad (Arabic-speaking classroom
    assistant), William McIlwaine (Site Manager; "Billy"), Naomi Hutchinson (SENCo;
    née Bell), Conor Loughran (Head of Drama).

Voices
    Ballymarra Chronicle (local news with comments), the Daily Clarion (national tabloid),
    the North Antrim Times (regional paper), Belfast Evening Post, council minutes, job
    adverts, parents' Facebook groups, a Mumsnet-style forum (ParentChat NI), a teachers'
    forum (StaffroomTalk), rugby and GAA forums, Google/Indeed/Glassdoor reviews,
    X/TikTok/Instagram/Snapchat comment extracts, loyalist, Irish-language, newcomer,
    local-history and sports blogs, a parish newsletter. Ulster-Scots/NI English,
    slang, typos and text-speak throughout.

Decoys (documents with "expected": [])
    "beacon" as an ordinary word (bonfire beacons, lifeboat beacons, Bluetooth beacons,
    sermons), BIC used by other bodies (British-Irish Council, bank BIC/IBAN, Bic lighters,
    Ballymarra Improvement Committee), lookalike bodies (Beacon Integrated Primary,
    Beacon Integrated Care partnership, Beacon Credit Union, Beacon Taxis, Beacon Arts
    Centre, a Beacon College in England), staff namesakes clearly elsewhere (David
    Campbells, a Conor Loughran, a William McIlwaine), Ballymarra pages that do not
    refer to the college, and a page describing the college without naming it.

Labelling conventions
    One expected entry per subject per document, with the easiest form present
    (exact > alias > title_surname > the rest) and the WORST category for that subject
    in that document. The school is a subject only when the document refers to the
    college itself (neutral when it is merely where someone works). Non-unique staff
    count only where the page ties them to the college; Isolde Verschoyle counts
    wherever named. News of arrest/suspension/investigation is defamation for the
    person, unless it concerns messages to pupils, which is sexual with url_only=true
    (also for the school when named). A pupil's crush on an adult teacher is sexual,
    url_only=false. Quoting abuse to condemn it, news of the conviction of someone who
    threatened a teacher, untargeted swearing, negated threats and obvious jokes are
    neutral (or negative where the post also complains). A staff member praised in a
    post attacking someone else is neutral.

Running
    python3 tests/corpus_train28/build_train28.py   (from any directory)
    rewrites docs/ and labels.jsonl beside this file, checks every label and prints a
    summary; exits 1 on problems.
"""

from __future__ import annotations

import html
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]

# homoglyph forms (Cyrillic/Greek letters spelled out so the source stays readable)
HG_OHAGAN = "O'H\u0430gan"  # Cyrillic a
HG_KERNOHAN = "\u039aernohan"  # Greek capital kappa
HG_VERSCHOYLE = "V\u0435rschoyle"  # Cyrillic ie
HG_BEACON = "\u0412eacon Integrated College"  # Cyrillic Ve
HG_HADDAD = "H\u0430dd\u0430d"  # Cyrillic a twice
HG_ZIELINSKA = "Zieli\u0144sk\u0430"  # Cyrillic a at the end

SITES = {
    "chronicle": ("Ballymarra Chronicle", "ballymarrachronicle.example", ["News", "Sport", "Community", "Notices", "Jobs"], "Ballymarra Chronicle, 14 Market Street, Ballymarra. Newsdesk 01632 960114."),
    "clarion": ("The Daily Clarion", "dailyclarion.example", ["News", "Showbiz", "Ulster", "Sport", "Money"], "The Daily Clarion. All rights reserved. Contact the newsdesk: tips@dailyclarion.example"),
    "nat": ("North Antrim Times", "northantrimtimes.example", ["Home", "Local", "Education", "Farming", "Sport", "Opinion"], "North Antrim Times. Published weekly. Advertising 01632 960733."),
    "bep": ("Belfast Evening Post", "belfasteveningpost.example", ["News", "Politics", "Education", "Crime", "Sport"], "Belfast Evening Post. Independent press standards: complaints@belfasteveningpost.example"),
    "council": ("Ballymarra and Glens Borough Council", "ballymarraglens-council.example", ["Home", "Council and Democracy", "Minutes", "Bins", "Leisure"], "Ballymarra and Glens Borough Council, Civic Centre, Ballymarra. 01632 960900."),
    "jobs": ("NI Teaching Jobs", "niteachingjobs.example", ["Find jobs", "Schools", "Salary scales", "Post a job"], "NI Teaching Jobs. Apply through the school's own process; we do not handle applications."),
    "parentchat": ("ParentChat NI", "parentchatni.example", ["Talk", "Education", "Secondary", "AIBU", "Local: Antrim"], "ParentChat NI. Posts are the views of users. Report a post to moderators@parentchatni.example"),
    "staffroom": ("StaffroomTalk", "staffroomtalk.example", ["Forums", "Workplace dilemmas", "Pastoral", "NI teachers", "Supply"], "StaffroomTalk community forums. Be kind, be anonymous."),
    "rucktalk": ("Ruck Talk Ulster", "rucktalkulster.example", ["Forum", "Schools Cup", "Club rugby", "Transfers"], "Ruck Talk Ulster. Independent fan forum."),
    "gaaboard": ("Glens GAA Board", "glensgaaboard.example", ["Forum", "Club", "County", "Minors", "Camogie"], "Glens GAA Board. Unofficial forum, not affiliated with any club or county board."),
    "standard": ("The Ulster Standard Bearer", "ulsterstandardbearer.example", ["Home", "Culture", "Education", "Bonfires", "Contact"], "The Ulster Standard Bearer. For God and Ulster."),
    "gaelblog": ("Gaelscéal Aontroma", "gaelsceal.example", ["Baile", "Scoileanna", "Imeachtaí", "Teagmháil"], "Gaelscéal Aontroma: Irish-language news from County Antrim."),
    "welcome": ("Welcome Antrim", "welcomeantrim.example", ["About", "Families", "Volunteer", "Blog", "Donate"], "Welcome Antrim is a charity supporting newcomer families. 07700 900120."),
    "history": ("Dander Round Ballymarra", "danderballymarra.example", ["Posts", "Old photos", "Townlands", "About"], "Dander Round Ballymarra: a local history blog. Old photos welcome."),
    "sportsblog": ("Touchline Antrim", "touchlineantrim.example", ["Schools", "GAA", "Rugby", "Soccer", "About"], "Touchline Antrim: schools sport from the Glens to the Lough."),
    "parish": ("Ballymarra Parish Church", "ballymarraparish.example", ["Services", "Newsletter", "Groups", "Contact"], "Ballymarra Parish Church. Rector: Revd Ian Shields. Office 01632 960355."),
    "techblog": ("Byte Sized Belfast", "bytesizedbelfast.example", ["Posts", "Startups", "Events", "About"], "Byte Sized Belfast: tech notes from Norn Iron."),
    "polski": ("Polonia Antrim", "poloniaantrim.example", ["Aktualności", "Szkoła", "Kontakt"], "Polonia Antrim: Polish community news in County Antrim."),
    "england": ("Hollinsford Echo", "hollinsfordecho.example", ["News", "Schools", "What's on", "Sport"], "Hollinsford Echo, serving Hollinsford and the Wealdside villages."),
}

DOCS: list[tuple[str, str, list[tuple[str, str, str, str, bool]]]] = []


def E(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> tuple[str, str, str, str, bool]:
    return (subject, variant, category, form, url_only)


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def _paras(paras: list[str] | str) -> str:
    if isinstance(paras, str):
        paras = [paras]
    return "\n".join(f"      <p>{esc(p)}</p>" for p in paras)


def _page(site: str, title: str, article: str, comments_html: str) -> str:
    name, domain, nav, footer = SITES[site]
    links = "\n".join(
        f'      <li><a href="https://{domain}/{n.lower().replace(" ", "-")}/">{esc(n)}</a></li>' for n in nav
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | {esc(name)}</title>
  <link rel="canonical" href="https://{domain}/">
</head>
<body>
  <header class="masthead"><a class="logo" href="https://{domain}/">{esc(name)}</a>
    <nav><ul>
{links}
    </ul></nav>
  </header>
  <main>
    <article>
{article}
    </article>
{comments_html}
  </main>
  <footer><p>{esc(footer)}</p><p><a href="https://{domain}/privacy/">Privacy</a> · <a href="https://{domain}/cookies/">Cookies</a> · <a href="https://{domain}/contact/">Contact</a></p></footer>
</body>
</html>
"""


def _comments(comments: list[tuple[str, str]], label: str = "Comments") -> str:
    if not comments:
        return '    <section class="comments"><h3>Comments are closed</h3></section>'
    items = "\n".join(
        f'      <div class="comment"><p class="author">{esc(who)}</p><p>{esc(text)}</p></div>' for who, text in comments
    )
    return f'    <section class="comments"><h3>{len(comments)} {label}</h3>\n{items}\n    </section>'


def news(site: str, headline: str, paras: list[str] | str, comments: list[tuple[str, str]] | None = None, exp: list | None = None, byline: str = "By our reporter", kind: str = "news") -> None:
    article = f"      <h1>{esc(headline)}</h1>\n      <p class=\"byline\">{esc(byline)}</p>\n{_paras(paras)}"
    DOCS.append((kind, _page(site, headline, article, _comments(comments or [])), list(exp or [])))


def blog(site: str, title: str, paras: list[str] | str, comments: list[tuple[str, str]] | None = None, exp: list | None = None, byline: str = "Posted by admin") -> None:
    news(site, title, paras, comments, exp, byline=byline, kind="blog")


def forum(site: str, title: str, posts: list[tuple[str, str]], exp: list | None = None) -> None:
    (who, first), rest = posts[0], posts[1:]
    article = f"      <h1>{esc(title)}</h1>\n      <p class=\"byline\">Started by {esc(who)}</p>\n{_paras(first)}"
    DOCS.append(("forum", _page(site, title, article, _comments(rest, "Replies")), list(exp or [])))


def txt(kind: str, text: str, exp: list | None = None) -> None:
    DOCS.append((kind, text.strip("\n") + "\n", list(exp or [])))


def review(text: str, exp: list | None = None) -> None:
    txt("review", text, exp)


def social(text: str, exp: list | None = None) -> None:
    txt("social", text, exp)


def facebook(text: str, exp: list | None = None) -> None:
    txt("facebook", text, exp)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
SC, GO, DC, RK, AQ, IV, EZ, RH, WM, NH, CL = (
    "school", "gohagan", "dcampbell", "rkernohan", "astewartquinn", "iverschoyle",
    "ezielinska", "rhaddad", "wmcilwaine", "nhutchinson", "cloughran",
)

# --- bonfire and flags season ------------------------------------------------
news(
    "chronicle",
    "Pallets removed from college playing fields ahead of Eleventh Night",
    [
        "Several hundred wooden pallets stacked behind the playing fields of Beacon Integrated College were taken away by a contractor on Tuesday morning, days before the Lisnabrack bonfire is due to be lit.",
        "The college said the stack had been built on its land without permission and that its insurers had warned the fields could not be used for the summer sports camp while it remained.",
        "Site manager William McIlwaine, who oversaw the removal, said: \"We gave it a week. We put notices on the fence. Nobody came to talk to us, and in the end we had a duty to the children using that field.\"",
        "A spokesperson for the bonfire builders said the wood would be \"replaced by the weekend\".",
    ],
    [
        ("LisnabrackLad1690", "McIlwaine wants to watch himself. The boys know that white van and they know where it's parked of a night."),
        ("Sandra K", "Fair play to the school. Kids need that pitch in July, not a fire hazard."),
        ("Observer", "Every year the same carry on. Get the council to provide a proper site and this wouldn't happen."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(WM, "exact", "threat", "William McIlwaine")],
)

facebook(
    """Lisnabrack Bonfire Builders 2024
Admin post · 3d

Right. Whoever lifted our wood off the Beacon fields, we all know fine well it was the caretaker and his mate wi the lorry. Billy McIlwaine ye sleekit wee lundy, ye'll not be dandering round Lisnabrack this summer if ye know what's good for ye. Two months graft gone.

Anybody wi pallets, tyres NOT wanted (police will be all over it), bring them to the top of Carnreagh Road Sat morning.

142 reactions · 61 comments

Top comment — Gary Boyd: He's lucky he's still walkin tbh
Reply — Leanne M: lads catch yourselves on, it's the school's land""",
    [E(SC, "short_name", "neutral", "Beacon"), E(WM, "nickname", "threat", "Billy McIlwaine")],
)

social(
    """@ulsterbred_86 · X
naebody's sayin lay a finger on McIlwaine or anybody else, right, but the Beacon had no business ringin a lorry in on the wee lads' bonfire. could've lifted the phone. that's all
  ↳ 14 replies · 38 reposts · 201 likes
@kerryanne_glens: the caretaker was doin his job ffs
@ulsterbred_86: aye and we'll be doin ours on the 11th""",
    [E(SC, "short_name", "negative", "Beacon"), E(WM, "surname_only", "neutral", "McIlwaine")],
)

news(
    "nat",
    "Man charged with threatening to kill school site manager",
    [
        "A 23-year-old man from the Lisnabrack area of Ballymarra has appeared before the magistrates' court charged with threatening to kill William McIlwaine, the site manager at Beacon Integrated College.",
        "The charge relates to messages sent after pallets were removed from the college's playing fields in early July. A police officer told the court she could connect the accused to the charge.",
        "Bail was granted on condition that the accused has no contact with Mr McIlwaine and does not enter the Carnreagh Road area. The case was adjourned until next month.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(WM, "exact", "neutral", "William McIlwaine")],
    byline="Court reporter",
)

news(
    "chronicle",
    "Suspended sentence for bonfire threats against college caretaker",
    [
        "A man who sent threatening messages to the site manager of a Ballymarra school after bonfire material was cleared from its grounds has been given a four-month sentence, suspended for two years.",
        "Ryan Gilmore (23), of Carnreagh Park, Lisnabrack, pleaded guilty to sending a menacing communication to Mr McIlwaine, who has worked at Beacon College for nineteen years.",
        "District Judge Helen Moffett said the messages were \"designed to frighten a man doing his job\" and that the defendant's remorse, expressed in a letter to the court, had kept him out of prison.",
        "A restraining order was also made.",
    ],
    [
        ("Jim the Post", "Good. Billy's a decent man, he sorted our gutters at the church for nothing."),
        ("RealLoyalist", "Four months suspended for a few words on Facebook. Two tier justice."),
    ],
    [E(SC, "alias", "neutral", "Beacon College"), E(WM, "title_surname", "neutral", "Mr McIlwaine")],
)

news(
    "chronicle",
    "Principal asks council to take down paramilitary flags outside college gates",
    [
        "The principal of Beacon Integrated College has written to the council and the Department for Infrastructure asking for flags to be removed from lampposts on the approach to the school.",
        "In her letter, seen by the Chronicle, Gráinne O'Hagan says parents of both traditions have told her they feel \"uncomfortable walking their children past paramilitary emblems twice a day\". She stresses that she is not asking for the removal of the Union flag from the town centre.",
        "A local community worker said the flags were put up by residents and would come down in September \"as they always do\".",
    ],
    [
        ("Orange and Proud", "Who does that fenian O'Hagan think she is. Our flags were here before her wee school was and they'll be here after it."),
        ("Mairead", "She's asked for the UVF flags to go, not the Union flag. Read the article."),
        ("Neutral Nigel", "Integrated school asks for paramilitary flags to be moved shock. What did people expect?"),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(GO, "exact", "hate", "Gráinne O'Hagan")],
)

facebook(
    """Ballymarra Loyal & True (private group)
Shared by Trevor Dunseith · 2d

So the doll up at the Beacon wants our flags down. The principal's called O'Hagan. She lives in Tullycorr, Glenview Crescent, number 9, white house wi the black Audi in the drive. If anybody wants to call round and explain our culture to her politely 😉 go ahead.

88 likes · 47 comments
Comment — Wendy A: Trevor take that down, there's kids live in that street
Comment — Trevor Dunseith: its public info Wendy""",
    [E(SC, "short_name", "negative", "Beacon"), E(GO, "surname_only", "doxxing", "O'Hagan")],
)

social(
    """@BeaconIntColl why is your principal goin to war over a few flags on a lamppost?? Parents never voted for this. Stick to teachin
  ↳ reply @mumof3_bmarra: some of us parents asked her to, actually
  ↳ reply @derekw1971: school's turned into a political football. moving my youngest at christmas""",
    [E(SC, "handle", "negative", "@BeaconIntColl")],
)

news(
    "clarion",
    "HEAD'S HOME PAINT-BOMBED IN FLAGS FURY",
    [
        "A school principal who asked for loyalist flags to be taken down outside her integrated college woke to find her home splattered with red paint.",
        "Mum-of-two Gráinne O'Hagan, 51, head of Beacon Integrated College in Co Antrim, discovered the damage at 6am on Sunday. Police are treating it as a sectarian hate incident.",
        "A neighbour told the Clarion: \"She's a lovely woman. She waves at everybody. This is a disgrace.\"",
        "Mrs O'Hagan declined to comment when approached by the Clarion.",
    ],
    [
        ("NoSurrender88", "shouldn't have stuck her nose in"),
        ("Katie B", "Absolutely disgusting. Hope she's ok."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(GO, "exact", "negative", "Gráinne O'Hagan")],
    byline="By Clarion Ulster Staff",
)

social(
    """instagram · comments on post by @lisnabrack_bonfire_24 (photo: bonfire tower, poster on the top tier)
ballymarra_boy_: 0'H4gan goin up in smoke on the 11th 🔥🔥🔥 beacon principal top tier where she belongs
shankill_sarah: 😂😂😂
jord4n.w: wee bit far that lads
ballymarra_boy_: relax its a poster
lisnabrack_bonfire_24: burn the witch 🔥""",
    [E(SC, "short_name", "neutral", "beacon"), E(GO, "leetspeak", "threat", "0'H4gan")],
)

news(
    "chronicle",
    "Police investigate after principal's photo placed on Lisnabrack bonfire",
    [
        "Police are investigating a hate incident after a photograph of the principal of a Ballymarra school was fixed to the top of the Lisnabrack bonfire.",
        "The image of Gráinne O'Hagan, principal of Beacon Integrated College since 2016, was displayed alongside an Irish tricolour and election posters of two local councillors before the pyre was lit just before midnight on 11 July.",
        "In a statement, Mrs O'Hagan said: \"I am more worried about what our pupils saw than about myself. Integrated education is about children growing up together. That is not going to change.\"",
        "The college's board of governors said it \"stands fully behind\" the principal.",
    ],
    [
        ("Stephen R", "Tribal nonsense. She's done more for this town than any of them eejits."),
        ("Wee Ulster Woman", "She had it comin, interfering oul wagon. Should have kept her beak out of the flags."),
        ("Anne Marie", "Wishing her and her family well. Nobody deserves that."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(GO, "exact", "abuse", "Gráinne O'Hagan")],
)

forum(
    "parentchat",
    "Anyone else at Beacon uneasy about the flags situation?",
    [
        ("Lough_Mum", "DS is going into Year 10 at Beacon Integrated in September and honestly I'm a bit on edge. I agree with the principal in principle but I don't think she thought through what asking the council would do. Now there's a photo of her on a bonfire and the kids are talking about nothing else. Anyone else feel the school has made itself a target?"),
        ("greengrassandgrey", "I'm torn. Mrs O'Hagan has been brilliant with DD's anxiety. But yes, I'd have preferred a quiet word with the community workers rather than a letter that ended up in the paper."),
        ("AntrimDad2", "The school didn't make itself a target. The people who put her face on a fire did that. Let's keep the blame where it belongs."),
        ("Lough_Mum", "Fair point AntrimDad. I just want a quiet September."),
    ],
    [E(SC, "alias", "negative", "Beacon Integrated"), E(GO, "title_surname", "negative", "Mrs O'Hagan")],
)

blog(
    "standard",
    "Integrated schools and the war on Ulster culture",
    [
        "The so-called integrated sector likes to tell the public it is neutral. Ballymarra Integrated College, which now calls itself Beacon, is anything but.",
        "Its principal, Grainne O'Hagen, has made it her personal mission to erase every sign of Britishness from the streets around her school. First the flags. Next it will be the bands.",
        "And here is something the Department will not tell you. The college massaged its enrolment returns last year, counting children of no religion as Protestants so that it could claim to meet its balance target and keep its funding. We have been told this by people who work there.",
        "We ask our readers to write to their MLA.",
    ],
    [
        ("Defender of Ulster", "Well said. Shut it down."),
        ("Sammy", "Where's your proof about the enrolment numbers? Genuinely asking."),
    ],
    [E(SC, "alias", "defamation", "Ballymarra Integrated College"), E(GO, "typo", "defamation", "Grainne O'Hagen")],
    byline="Posted by Ulster Standard Bearer",
)

news(
    "nat",
    "Beacon lit on Knockmoyle Hill to mark anniversary",
    [
        "A beacon was lit on the summit of Knockmoyle Hill on Saturday evening to mark the 75th anniversary of the Ballymarra Young Farmers' Club.",
        "Around two hundred people walked up from the car park, and the club's oldest member, 94-year-old Jack Rainey, put the torch to the beacon as a piper played.",
        "The club thanked the landowner and the Ballymarra Improvement Committee for the loan of the marquee.",
    ],
    [("Maud", "Lovely night. You could see the beacon from the lough shore.")],
    [],
)

social(
    """tiktok comments · video "11th night prep 🔥 pt 4"
@shaunyboii_: who's bringin the bic lighters lads
@chloe.x.ballymarra: not me im skint 😭
@shaunyboii_: 3 bics for a pound in the wee shop
@kyle1690_: beacon on the hill's taller than ours this year gutted
@shaunyboii_: naw ours is bigger wait till u see it""",
    [],
)

news(
    "chronicle",
    "Improvement Committee says bonfire will be smaller this year",
    [
        "The Ballymarra Improvement Committee (BIC) says the Lisnabrack bonfire will be \"noticeably smaller and further from the houses\" this year after talks with the Housing Executive.",
        "BIC chairman Norman Kerr said the committee had agreed not to burn tyres and would employ stewards. \"We want a family night, a bit of music, the kids out. That's all it's ever been about.\"",
        "Residents of Carnreagh Gardens said windows had cracked from the heat in previous years.",
    ],
    [("Resident", "Heard all this before from the BIC. We'll see on the night.")],
    [],
)

# --- sectarian graffiti --------------------------------------------------------
news(
    "chronicle",
    "Sectarian graffiti daubed on integrated college wall",
    [
        "Sectarian slogans were spray-painted on the front wall of Beacon Integrated College overnight on Sunday, including the letters \"KAT\" and a threat aimed at Catholic pupils.",
        "Vice-principal David Campbell said staff had arrived to find the wall covered before the breakfast club opened. \"Our pupils come from every background in this town. Whoever did this does not speak for Ballymarra,\" he said.",
        "The paint was removed by the college's site team by 9am. Police have appealed for information.",
    ],
    [
        ("Ballymarra Born", "Condemn it all ye like Campbell, that school brought this on itself with the flag carry on."),
        ("TruthTeller", "Beacon is a kip for taigs and blow-ins, no wonder somebody wrote on the wall."),
        ("Gemma", "Whoever did this is a coward. Proud of the staff for cleaning it before the kids saw it."),
    ],
    [E(SC, "exact", "hate", "Beacon Integrated College"), E(DC, "exact", "negative", "David Campbell")],
)

social(
    """@glensgirl_92 · X
seen on the wall at the Beacon this mornin "BIC = Bunch of Irish Catholics" 🙄 half the kids in there are prods ye absolute melts. pure scundered for this town
  ↳ @drumbeg_dave: proper embarrassing. fair play to the caretaker had it scrubbed by 9""",
    [E(SC, "alias", "neutral", "BIC")],
)

forum(
    "staffroom",
    "Graffiti at school — how did you handle it with KS3?",
    [
        ("integrated_irish_teacher", "I teach in an integrated college in a mid-Antrim town and we had some really nasty sectarian graffiti on our front wall this week. It was cleaned quickly but a lot of the Year 9s saw photos on Snapchat. Looking for ideas for a form-time discussion that doesn't turn into a shouting match. Our SLT are supportive but stretched."),
        ("pastoral_pete", "We used a circle-time approach with ground rules written by the class. Keep it about how it made people feel rather than who did it."),
        ("supplyteacherNI", "Don't underestimate how many of them will have family members defending it at the dinner table. Be careful not to put kids in an impossible spot."),
    ],
    [],
)

news(
    "nat",
    "Two teenagers reported to Youth Justice over school wall graffiti",
    [
        "Two boys aged 15 and 16 have been reported to the Public Prosecution Service with a view to a youth diversion disposal following sectarian graffiti at Beacon Integrated College, Ballymarra.",
        "Police said the pair had cooperated fully. The college said it would welcome a restorative meeting if the families agreed.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College")],
)

facebook(
    """Beacon Integrated College Parents (unofficial)
Post by Joanne Craig · 1d

Just want to say whoever did that to the wall on Sunday night, ye didn't win. The school had it spotless before half eight. Big thanks to Billy McIlwaine and the caretaking team, and to Mr Campbell for being at the gate greeting every single child on Monday morning. That's what this school is about ❤️

56 likes · 9 comments
Comment — Paul Heaney: 👏👏 Billy was out there at 6am with the power washer
Comment — Siobhan T: proud to be a Beacon parent""",
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(WM, "nickname", "neutral", "Billy McIlwaine"), E(DC, "title_surname", "neutral", "Mr Campbell")],
)

news(
    "chronicle",
    "Racist slogan targeting classroom assistant painted near college",
    [
        "A racist slogan naming a classroom assistant at a Ballymarra school was painted on a bus shelter on the Tullycorr Road, a few hundred yards from Beacon Integrated College.",
        "The message targeted Rami Haddad, who came to Northern Ireland from Syria in 2017 and now supports Arabic-speaking pupils at the college. The Chronicle has chosen not to repeat the wording.",
        "Mr Haddad said he had received \"a hundred kind messages for every bad one\" and would be in work as normal.",
    ],
    [
        ("Fiona D", "Mr Haddad taught my son to play chess at lunchtime. Nicest man you could meet."),
        ("Ulster First", "Nobody asked for him to be here."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RH, "exact", "hate", "Rami Haddad")],
)

# --- Irish-language club row -------------------------------------------------------
news(
    "nat",
    "Councillor objects to Irish-language club at integrated college",
    [
        "A Ballymarra councillor has complained to the Education Authority about an after-school Irish-language club at Beacon Integrated College, claiming it is \"not appropriate for a school that is meant to be neutral\".",
        "Cllr Sammy Dunlop said constituents had contacted him after the club's end-of-term ceilí was posted on social media. \"There's no Ulster-Scots club. Where's the balance?\"",
        "The club is run by Irish teacher Aoife Stewart-Quinn and meets on Wednesdays. The college said it was open to pupils of all backgrounds and that an Ulster-Scots music group ran on Thursdays \"and has done for three years\".",
    ],
    [
        ("Margaret H", "My grandson goes to both the Irish club and the Ulster-Scots fiddle group. He's twelve. Let him learn."),
        ("Davy", "Dunlop looking for headlines again."),
    ],
    [E(SC, "exact", "negative", "Beacon Integrated College"), E(AQ, "exact", "neutral", "Aoife Stewart-Quinn")],
)

blog(
    "standard",
    "Cumann Gaeilge at Beacon: the thin end of the wedge",
    [
        "Parents were told the Irish club at Beacon was about \"language and culture\". Those of us who have looked into the teacher running it know better.",
        "Mrs Stewart-Quinn is a paid-up member of Sinn Féin who canvassed for them at the last Assembly election, and she has been teaching eleven-year-olds rebel songs at the end of her sessions. Parents who complained were told to take their children elsewhere.",
        "There is a word for this and it is not education.",
    ],
    [
        ("Concerned Grandad", "Is there any evidence she's in SF? My daughter says she's never mentioned politics once."),
        ("Standard Bearer", "We stand by our sources."),
    ],
    [E(SC, "short_name", "negative", "Beacon"), E(AQ, "title_surname", "defamation", "Mrs Stewart-Quinn")],
    byline="Posted by Ulster Standard Bearer",
)

facebook(
    """Ballymarra Mums Chat
Post by Roisin Gallagher · 5h

Can I just say with all this nonsense in the papers, Mrs Stewart-Quinn at Beacon is an absolutely brilliant teacher. My wee girl (who is from a Presbyterian family on her daddy's side, for the record!) loves the Irish club, they did a treasure hunt last week and she came home counting to a hundred in Irish. Leave the woman alone.

214 likes · 32 comments
Comment — Ciara: same here, my son's in Year 9 and adores her
Comment — Ken Ross: nothing against her personally but it shouldn't be in the school""",
    [E(SC, "short_name", "negative", "Beacon"), E(AQ, "title_surname", "neutral", "Mrs Stewart-Quinn")],
)

social(
    """@redhandred_1 · X
aoife stewart quinn and her wee fenian club can get tae f*** back across the border where they belong. no irish in ulster schools. the beacon's principal lets it happen, disgrace
  ↳ @sineadnicc: reported. grow up
  ↳ @redhandred_1: report away""",
    [E(SC, "possessive", "negative", "beacon's"), E(AQ, "hyphenated", "hate", "aoife stewart quinn")],
)

forum(
    "parentchat",
    "Irish club at DD's school — am I overreacting?",
    [
        ("NorthCoastNicola", "DD (Y8) came home and said she wants to join the Irish club at Beacon College. DH is from a unionist background and isn't thrilled, mostly because of what's been in the papers. I've met the teacher, Aoife Quinn as was, she taught my niece years ago at another school and was lovely. AIBU to just let DD go?"),
        ("Mumof2glens", "YANBU. It's a language, not a political party."),
        ("BelfastBorn_", "Let her go. Also maybe let her join the Ulster-Scots group too, best of both."),
        ("NorthCoastNicola", "That's actually what she suggested herself 😂"),
    ],
    [E(SC, "alias", "neutral", "Beacon College"), E(AQ, "alias", "neutral", "Aoife Quinn")],
)

news(
    "chronicle",
    "Bullet sent to Irish teacher in 'sinister' threat",
    [
        "A bullet and a handwritten note were posted to Beacon Integrated College addressed to Irish teacher Aoife Stewart-Quinn, police have confirmed.",
        "Detectives said they were treating the matter as a sectarian hate crime. The college said the teacher had been \"overwhelmed by support\" and that the Irish club would continue.",
        "SDLP and Alliance councillors condemned the threat. Cllr Sammy Dunlop, who had raised concerns about the club, said: \"Nobody wants this. I condemn it without reservation.\"",
    ],
    [
        ("Lisnabrack Resident", "Nobody here wants to see a hair on her head touched, but she knew the stir that club was causing and kept pushing it."),
        ("Teacher Too", "Solidarity Miss Stewart-Quinn. Disgusting."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(AQ, "exact", "negative", "Aoife Stewart-Quinn")],
)

social(
    """tiktok · comments on "POV irish club w the wee buns teacher" 
@caoimhe.b.08: stewart-qu**n is a snidey wee hallion she gave me a lunchtime for sayin "shite" in english in irish club 😭😭
@bellaaaa_x: 😂😂😂 u deserved it
@caoimhe.b.08: naw she's actually class i'm messin
@daniel_mcc12: beacon irish club is the only decent thing about wednesdays""",
    [E(SC, "short_name", "neutral", "beacon"), E(AQ, "obfuscated", "abuse", "stewart-qu**n")],
)

facebook(
    """Ulster Says No To Irish (public group)
Post · 4h

The teacher behind the Beacon Irish club. Her mobile is 07700 900318 if yiz want to tell her what ye think of her wee club. Aoife S. lives in Lisnabrack, Carnview Park, the one wi the tricolour bunting at the back. Let her know Ulster is British.

23 reactions · 11 comments
Comment — Hazel: this is how people get hurt. take it down
Comment — admin: post removed for 24h review""",
    [E(SC, "short_name", "neutral", "Beacon"), E(AQ, "first_initial", "doxxing", "Aoife S.")],
)

news(
    "council",
    "Community Services Committee — minutes of meeting held 4 September",
    [
        "Present: Alderman J. Kerr (Chair), Councillors S. Dunlop, M. Ní Bhriain, P. Adair, R. McCann, L. Thompson. Officers: Head of Community Services, Good Relations Officer.",
        "Item 6. Good Relations grants, summer round. The committee considered an application from Beacon Integrated College for £1,800 towards a shared-history summer scheme for Years 9 and 10 including a language taster in Irish and Ulster-Scots. Proposed Cllr Ní Bhriain, seconded Cllr Adair. Cllr Dunlop asked that his objection be recorded. Agreed on a vote of 5 to 1.",
        "Item 7. Flags protocol. Members noted correspondence from the principal of Beacon Integrated College regarding flags on the Tullycorr Road. Officers to seek clarity from the Department for Infrastructure on responsibility for street furniture. No further action by council at this stage.",
        "Item 8. Any other business. The Chair thanked the Ballymarra Improvement Committee for its cooperation on the relocation of the Lisnabrack bonfire.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College")],
    byline="Democratic Services",
)

news(
    "gaelblog",
    "Oíche chultúir i mBaile Mhara: Irish-language night at Lisnabrack Community Centre",
    [
        "Tá Cumann Gaeilge Bhaile Mhara ag eagrú oíche chultúir Dé hAoine seo chugainn. The Ballymarra Irish-language society is holding a culture night at Lisnabrack Community Centre on Friday with sean-nós singing, a ceilí and a table quiz.",
        "Everyone is welcome regardless of their level of Irish, organiser Pádraig Mac Giolla Rua said. Tea and traybakes from 7pm.",
    ],
    [("Orla", "Beidh mé ann! Bringing the ma.")],
    [],
    byline="Foireann Gaelscéal",
)

# --- newcomer families ---------------------------------------------------------------
news(
    "chronicle",
    "Newcomer evening welcomes Syrian and Polish families to Ballymarra college",
    [
        "More than forty families attended a newcomer evening at Beacon Integrated College last Thursday, with interpreters in Arabic, Polish, Lithuanian and Tetum.",
        "The evening was organised by the college's newcomer and EAL coordinator, Ewa Zielińska, who arrived in Ballymarra from Gdańsk in 2008 and taught English in Poland before retraining in Belfast.",
        "Classroom assistant Rami Haddad ran a table for Arabic-speaking parents explaining the AQE transfer test, which he said \"confuses everyone, not just newcomers\".",
        "Mrs Zielińska said the aim was simple: \"Every parent should leave knowing one name to ring.\"",
    ],
    [
        ("Lena K", "Ewa Zielinska helped my family so much when we came in 2019. Dziękuję!"),
        ("Robert G", "Great to see. This town has always taken people in."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(EZ, "exact", "neutral", "Ewa Zielińska"), E(RH, "exact", "neutral", "Rami Haddad")],
)

facebook(
    """Ballymarra Community Noticeboard
Post by Alan Teggart · 6h

Why has the Beacon hired a Syrian to work with our kids. Haddad can barely speak English and he's in classrooms with 11 year olds. Go home to your own country mate, we have our own people looking for work. I said it.

31 likes · 88 comments
Comment — Rachel Moore: He speaks better English than you Alan
Comment — Alan Teggart: he can go back where he came from
Comment — Noticeboard Admin: Comments turned off""",
    [E(SC, "short_name", "negative", "Beacon"), E(RH, "surname_only", "hate", "Haddad")],
)

social(
    """@trueulsterman77 · X
H.a.d.d.a.d the so called "classroom assistant" at beacon integrated. how many more of them are they shippin in on our rates. these people don't belong in ulster, full stop
  ↳ 2 replies · 5 likes""",
    [E(SC, "alias", "neutral", "beacon integrated"), E(RH, "spacing", "hate", "H.a.d.d.a.d")],
)

review(
    """Google review · ★★★★★
Mariam A. · Local Guide · 2 months ago

We arrived from Aleppo two years ago and my son had no English. The newcomer team at Beacon, especially Mrs Zielińska and Mr Haddad, helped him every single day. He now plays Gaelic football and rugby (!) and has friends from everywhere. Thank you to all the teachers.

Response from the owner: Thank you Mariam, we are so proud of him.""",
    [E(SC, "short_name", "neutral", "Beacon"), E(EZ, "title_surname", "neutral", "Mrs Zielińska"), E(RH, "title_surname", "neutral", "Mr Haddad")],
)

forum(
    "parentchat",
    "EAL group at Beacon — DS told not to speak English?",
    [
        ("Antrim_Ann", "DS is bilingual (Polish dad) and has been put in an EAL group at Beacon he doesn't need. The coordinator, a Mrs Zielinksa, apparently told them to use Polish in the group to 'keep the home language strong'. Great in theory but he's behind in his English coursework now. Emails not answered in 10 days. Anyone else?"),
        ("glenshane_girl", "Request a meeting with the head of year rather than email. They're swamped."),
        ("Antrim_Ann", "Done. Will update."),
    ],
    [E(SC, "short_name", "negative", "Beacon"), E(EZ, "typo", "negative", "Zielinksa")],
)

social(
    """snapchat story reply screenshots (shared to X by @beacon_yr11_confessions)
"polish b*tch Z13l1nska needs deported wi half her class, beacon is a joke"
"who sent that 💀"
"somebody's gettin expelled"
"it wasnt me swear down\"""",
    [E(SC, "short_name", "negative", "beacon"), E(EZ, "leetspeak", "hate", "Z13l1nska")],
)

news(
    "clarion",
    "SCHOOL'S SECRET 'MIGRANT CLASS' SHAME",
    [
        "An Ulster school has been quietly running separate lessons for migrant children while local parents were kept in the dark, the Clarion can reveal.",
        "Beacon Integrated College in Ballymarra, Co Antrim, takes dozens of Syrian and Polish pupils. Furious mums say their children are being \"left behind\" while resources go to newcomers.",
        "And one parent claimed the college covered up an assault on a local boy by a migrant pupil last term, telling the family not to go to the police. The college did not respond to the specific allegation.",
        "The EAL programme is run by Polish-born coordinator Ewa Zielinska. One mum said: \"Nobody asked us. It's our school too.\"",
    ],
    [
        ("Ballymarra Mum", "This is rubbish. The EAL group is 40 minutes a day, they're in normal classes the rest."),
        ("Britain First Always", "Typical. Locals last."),
    ],
    [E(SC, "exact", "defamation", "Beacon Integrated College"), E(EZ, "alias", "negative", "Ewa Zielinska")],
    byline="By Clarion Investigations Team",
)

blog(
    "welcome",
    "Our partnership with Beacon Integrated College",
    [
        "This year Welcome Antrim volunteers have supported 27 families whose children attend Beacon Integrated College in Ballymarra.",
        "We work closely with Ewa Zielińska, the college's newcomer coordinator, and with Rami Haddad, whose Arabic homework club on Tuesdays has become so popular that local Year 8s have started turning up to learn a few words.",
        "If you can give two hours a week to help with lifts to the homework club, please get in touch.",
    ],
    [("Volunteer Jenny", "Loved helping out at the Tuesday club. Rami is a star.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(EZ, "exact", "neutral", "Ewa Zielińska"), E(RH, "exact", "neutral", "Rami Haddad")],
    byline="Posted by Welcome Antrim team",
)

social(
    """@patriot_glens · X
Rami Haddad, the one they have workin at Beacon. Lives in the flats at 3B Millrace Court, Ballymarra BT98 2LP. Seen him goin in. Just so folk know who's livin beside them
  ↳ @liz_antrim: reported for doxxing
  ↳ @patriot_glens: it's not a secret where he lives""",
    [E(SC, "short_name", "neutral", "Beacon"), E(RH, "exact", "doxxing", "Rami Haddad")],
)

social(
    """snapchat message screenshot posted on @ballymarra_exposed (Instagram)
"haddad ur gettin it after skl the morra, me n the boys will be waitin at the beacon gates, terrorist b*****d"
caption: this was sent to a TEACHING ASSISTANT. report the account @kyle_b_1690""",
    [E(SC, "short_name", "neutral", "beacon"), E(RH, "surname_only", "threat", "haddad")],
)

news(
    "nat",
    "Ballymarra man jailed for racist abuse of school assistant",
    [
        "A 31-year-old Ballymarra man has been jailed for three months for a campaign of racially aggravated harassment against a classroom assistant at Beacon College.",
        "Alan Teggart, of Tullycorr Park, posted a string of messages about Rami Haddad, including a claim that he should be \"sent back\". Judge Moffett said the messages were \"poisonous and cowardly\".",
        "In a victim statement, Mr Haddad said he had stopped walking to work for several weeks. He thanked his colleagues and the pupils, who had made him cards.",
    ],
    [("Ciaran", "Justice. Hope Mr Haddad is doing okay.")],
    [E(SC, "alias", "neutral", "Beacon College"), E(RH, "exact", "neutral", "Rami Haddad")],
    byline="Court reporter",
)

social(
    """@ulsterwakeup · X
beacon integrated = refugee dumping ground paid for by OUR rates. somebody should burn the place to the ground before september
  ↳ @mcveigh_j: reported to @PSNI
  ↳ @ulsterwakeup: free speech""",
    [E(SC, "alias", "threat", "beacon integrated")],
)

news(
    "polski",
    "Sobotnia szkoła polska — zapisy na nowy rok / Polish Saturday school enrolments",
    [
        "Zapraszamy dzieci w wieku 5-16 lat do Polskiej Szkoły Sobotniej w Lisnabrack Community Centre. Zajęcia w soboty 10:00-13:00.",
        "Polish Saturday school enrolments are open for children aged 5-16. Classes run at Lisnabrack Community Centre on Saturdays, 10am to 1pm, with GCSE Polish for older pupils. Kontakt: 07700 900245.",
    ],
    [("Magda", "Czy są jeszcze miejsca dla 7-latka?")],
    [],
    byline="Redakcja",
)

# --- the PE teacher -------------------------------------------------------------------
news(
    "chronicle",
    "Double delight for Beacon as Gaelic and rugby teams lift titles on the same day",
    [
        "It was a day to remember for Beacon Integrated College on Saturday as its Year 10 Gaelic footballers won the Glens schools shield in the morning and its U14 rugby XV took the North Antrim plate in the afternoon.",
        "Head of PE Robert Kernohan, who coaches both sides, drove the minibus between the two venues with a car full of boots and gum shields. \"Some of the lads played in both. I think they'll sleep well tonight,\" he said.",
        "Twelve pupils played in both finals.",
    ],
    [
        ("Proud Granny", "Well done boys and well done Mr Kernohan!!"),
        ("Gerard", "Only in Ballymarra. Brilliant."),
        ("Big Ian", "A Gaelic team and a rugby team out of the one school. That's what integrated should mean."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RK, "exact", "neutral", "Robert Kernohan")],
)

social(
    """@_leahhh.x · X
mr kernohan is a ride ngl 😍🔥 pe is the only reason i go to beacon
  ↳ @erinn.mc: LEAH 😭😭😭 he's like 40
  ↳ @_leahhh.x: and?? fine wine
  ↳ @ballymarrabex: deleting ur account for u""",
    [E(SC, "short_name", "neutral", "beacon"), E(RK, "title_surname", "sexual", "mr kernohan")],
)

social(
    """tiktok · comments on "rating every pe lesson at beacon"
@oisinnnn_10: kernohan's bleep test is actual torture im gonna kill him 😭😭
@jackk.r: lvl 9 and i nearly died
@oisinnnn_10: we need a union
@chloe.m_08: the rugby ones r worse""",
    [E(SC, "short_name", "neutral", "beacon"), E(RK, "possessive", "neutral", "kernohan's")],
)

forum(
    "rucktalk",
    "Schools coach doing GAA as well — conflict?",
    [
        ("blindside_flanker", "Bobby Kernohan at Beacon Integrated is coaching their Gaelic team as well as the rugby. Their U14s beat us in the plate and half their pack play Gaelic on a Saturday morning. Fair play to him or is this going to cost them players at U16?"),
        ("TightheadTam", "Great players come from Gaelic, look at half the Ulster back three over the years. Good on him."),
        ("NoSurrenderRFC", "a Prod coachin Gaelic. Kernohan's a turncoat lundy and everybody in Lisnabrack knows it. he'd sell his granny for a trophy"),
        ("mod_ruckt", "Keep it about rugby please."),
    ],
    [E(SC, "alias", "neutral", "Beacon Integrated"), E(RK, "nickname", "abuse", "Bobby Kernohan")],
)

forum(
    "gaaboard",
    "Rugby man in charge of Beacon minors?",
    [
        ("GlensGael", "Rab Kernohan a rugby man takin the Beacon Gaelic team now. Catch yourselves on. Nothing against the man but the club should have somebody who knows the game inside out."),
        ("ShieldWinner", "He won the shield with them. What more do you want?"),
        ("GlensGael", "Fair enough, but wait till championship."),
    ],
    [E(SC, "short_name", "neutral", "Beacon"), E(RK, "nickname", "negative", "Rab Kernohan")],
)

blog(
    "sportsblog",
    "Coach profile: the man who bridges two codes in Ballymarra",
    [
        "Robert Kernohan grew up in Lisnabrack, played second row for Ballymarra RFC and, by his own admission, \"never kicked a Gaelic ball till I was thirty\".",
        "Now Head of PE at Beacon Integrated College, he coaches Gaelic football on Monday and Wednesday and rugby on Tuesday and Thursday. \"The kids don't see a contradiction, so why should I?\"",
        "He credits the GAA club for lending coaches and the rugby club for lending the minibus.",
    ],
    [("Deirdre", "Legend of a man. Taught my two and now my grandson.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RK, "exact", "neutral", "Robert Kernohan")],
    byline="Posted by Touchline Antrim",
)

review(
    """Glassdoor · Beacon Integrated College · ★★★☆☆
"Good department, stretched leadership" — Teacher, current employee, Ballymarra

Pros: PE department is fantastic, Kernohan's a legend and the kids would run through walls for him. Supportive colleagues.
Cons: SLT communication is poor, far too much admin, pay progression slow like everywhere in NI.
Advice to management: Listen to middle leaders.""",
    [E(SC, "exact", "negative", "Beacon Integrated College"), E(RK, "surname_only", "neutral", "Kernohan")],
)

social(
    """instagram · @beacon_sport_fans
Nominations for the Antrim schools sport awards are OPEN 🏆 Our vote: #MrKernohan for Coach of the Year!! 🏉🏐 #BeaconIntegrated #Ballymarra
comments:
niamh_glens: 100% 🙌
jonny_rfc: deserved""",
    [E(SC, "hashtag", "neutral", "#BeaconIntegrated"), E(RK, "hashtag", "neutral", "#MrKernohan")],
)

social(
    """facebook comments on Ballymarra RFC post "Club dinner photos 📸"
Gail McK: Heard Kernohan from the college got lifted for drink drivin on the way home from this do. Blew three times the limit. Wonder will the school keep him on
Steve P: Gail that's not true, he got a taxi, I was in it
Gail McK: that's what I heard from a fella that works at the Beacon""",
    [E(SC, "short_name", "neutral", "Beacon"), E(RK, "surname_only", "defamation", "Kernohan")],
)

social(
    """tiktok · comments under "beacon pe teachers tier list"
@x.rachel.x12: K3rn0h4n been dm'ing year 10 girls on snap, my cousin seen the messages
@aimeeeee_b: stop spreading that
@x.rachel.x12: im only sayin wat i heard
@conor_r_10: ur actually gonna get him sacked for nothin""",
    [E(SC, "short_name", "sexual", "beacon", True), E(RK, "leetspeak", "sexual", "K3rn0h4n", True)],
)

social(
    """@bmarra_gaa_mammy · X
the wee lads were 14 points down at half time & RobertKernohan gave them a talk that'd make ye cry, came back to win by 2. Beacon Gaelic team are pure class 💛🖤
  ↳ @denise_r: 😭😭 brilliant""",
    [E(SC, "short_name", "neutral", "Beacon"), E(RK, "camelcase", "neutral", "RobertKernohan")],
)

social(
    """X · @ballymarra_rfc_u14
Huge thanks to R. Kernohan and the staff at Beacon College for hosting Saturday's blitz. 6 schools, 140 players, one very muddy pitch. 🏉
  ↳ @parent_of_a_hooker: great morning""",
    [E(SC, "alias", "neutral", "Beacon College"), E(RK, "initial_surname", "neutral", "R. Kernohan")],
)

social(
    """snapchat group chat screenshot (shared on @beacon.memes)
"K e r n o h a n said if the beacon u14s lose to st malachy's we're doin suicides till christmas 💀"
"fuckin hell"
"we're not losin then"
"fuckin class coach tho tbf\"""",
    [E(SC, "short_name", "neutral", "beacon"), E(RK, "spacing", "neutral", "K e r n o h a n")],
)

# --- drama teacher -------------------------------------------------------------------------
blog(
    "history",
    "Oliver! at the college: a night to remember",
    [
        "I don't usually review school shows on this blog, but the Beacon production of Oliver! last night deserves a few lines.",
        "Director Conor Loughran has a cast of sixty, a live band of Year 12s and a set built by the technology department and Billy from the caretaking team out of what looked like the old Tullycorr mill doors. The workhouse scene had the hall silent.",
        "Tickets for Friday are nearly gone. Bring a cushion: the hall chairs are original 1970s.",
    ],
    [("Sheila", "My granddaughter was the Artful Dodger! So proud."), ("Tom", "Mr Loughran does this every year and it's always brilliant.")],
    [E(SC, "short_name", "neutral", "Beacon"), E(CL, "exact", "neutral", "Conor Loughran")],
    byline="Posted by Ballymarra dander-er",
)

facebook(
    """Ballymarra Community Noticeboard
Post by Derek Wylie · 1d

So the drama teacher Loughran at the integrated has the kids doin a play about two lads fallin in love. Queer as a bottle of chips himself and now he's pushin it on the whole of Beacon. Disgraceful. Where's the governors?

19 likes · 64 comments
Comment — Aine B: it's a GCSE set text Derek. catch yourself on
Comment — Derek Wylie: they can set what they like, not in my rates""",
    [E(SC, "short_name", "negative", "Beacon"), E(CL, "surname_only", "hate", "Loughran")],
)

news(
    "chronicle",
    "Teacher suspended over messages to pupils, college confirms",
    [
        "A teacher at Beacon Integrated College has been suspended while police and the Education Authority investigate concerns about messages allegedly sent to pupils on social media.",
        "In a letter to parents, the college said it had \"acted immediately\" on receiving information and that the suspension was a \"neutral act\" that did not imply guilt. Parents were asked not to speculate online.",
        "Police confirmed they had received a report and enquiries were ongoing.",
    ],
    [
        ("Concerned Dad", "Hope the kids are ok. Let the police do their job."),
        ("Anon", "Everyone knows who it is."),
    ],
    [E(SC, "exact", "sexual", "Beacon Integrated College", True)],
)

forum(
    "parentchat",
    "Teacher at Beacon suspended — is it the drama teacher?",
    [
        ("worried_glens_mum", "DD in Y10 at Beacon says everyone is saying it's Mr Loughran who has been suspended and that he was sending messages to girls on Snapchat. The school letter doesn't name anyone. I feel sick. She was in the school show with him all spring. How do I even ask her?"),
        ("MNHQ_volunteer_mod", "We've edited this thread to remove speculation about a named individual while there is an ongoing police investigation."),
        ("TeenagersAreHard", "Ask her open questions, somewhere she doesn't have to look at you, like in the car."),
    ],
    [E(SC, "short_name", "sexual", "Beacon", True), E(CL, "title_surname", "sexual", "Mr Loughran", True)],
)

social(
    """@bmarra_tea_spiller · X
mr L0ughran had half of year 9 on his snap n was sendin them stuff late at night. beacon knew for months n did nothin. thats all im sayin
  ↳ @kerrrry_: delete this u could get sued
  ↳ @bmarra_tea_spiller: its true tho""",
    [E(SC, "short_name", "sexual", "beacon", True), E(CL, "leetspeak", "sexual", "L0ughran", True)],
)

news(
    "bep",
    "Co Antrim teacher charged with attempting to incite child to send images",
    [
        "A 34-year-old teacher has appeared at Ballymarra Magistrates' Court charged with two counts of attempting to incite a child to send an indecent image and one count of sexual communication with a child.",
        "Conor Loughran, of no fixed address, is head of drama at Beacon Integrated College in Ballymarra. He is currently suspended. He spoke only to confirm his name and that he understood the charges.",
        "A detective constable said police objected to bail. The defendant was remanded in custody to appear again by video link in four weeks.",
    ],
    [],
    [E(SC, "exact", "sexual", "Beacon Integrated College", True), E(CL, "exact", "sexual", "Conor Loughran", True)],
    byline="Crime correspondent",
)

news(
    "sportsblog",
    "Killyclogh edge Drumskelt thriller as Loughran kicks late winner",
    [
        "St Enda's Killyclogh 1-14 Drumskelt Shamrocks 2-10.",
        "Conor Loughran slotted a 45 in the fourth minute of injury time to send St Enda's into the Tyrone intermediate semi-final. The wing forward, a 26-year-old civil engineer, finished with 0-7.",
        "Drumskelt manager Packie Quinn said his side had \"nothing left in the legs\".",
    ],
    [("Killyclogh Abu", "Conor Loughran take a bow!!")],
    [],
    byline="Posted by Touchline Antrim",
)

# --- vice-principal ------------------------------------------------------------------------
news(
    "bep",
    "Vice-principal at centre of probe into missing school trip money",
    [
        "The Education Authority has launched an investigation into the handling of money collected for a school trip to Barcelona at an integrated college in Co Antrim.",
        "The Post understands that vice-principal David Campbell, who organised the trip for Beacon Integrated College, has been asked to step back from financial duties while auditors review the accounts. About £9,000 in parents' deposits is said to be unaccounted for.",
        "A spokesperson for the college said: \"We are cooperating fully. No conclusions have been reached.\" Mr Campbell could not be reached for comment.",
    ],
    [
        ("Parent of Y11", "We paid £450 in instalments. Would just like to know if the trip is going ahead."),
        ("Ballymarra Realist", "Give the man a chance, it's probably a bank error."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(DC, "exact", "defamation", "David Campbell")],
    byline="Education correspondent",
)

social(
    """@ryan_glens11 · X
D Campbell vp at beacon = spineless jobsworth. wee ones gettin battered in the yard every day and he's out patrollin for people wi the wrong coloured socks
  ↳ @mummybear_bmarra: sadly accurate""",
    [E(SC, "short_name", "negative", "beacon"), E(DC, "initial_surname", "abuse", "D Campbell")],
)

facebook(
    """Ballymarra Mums Chat
Comment thread on "Barcelona trip — any news??"

Joanne F: Davy Campbell pocketed the Barcelona money, everybody in Tullycorr knows it. New kitchen went in at his house in May, work it out
Lynn S: Joanne you can't say that, there's an investigation
Joanne F: Im only saying what everybody's saying
Paula C: The Beacon VP has done nothing but good for my son. Wait for the facts""",
    [E(SC, "short_name", "neutral", "Beacon"), E(DC, "nickname", "defamation", "Davy Campbell")],
)

news(
    "nat",
    "David Campbell elected chair of Drumcorran UFU group",
    [
        "Drumcorran dairy farmer David Campbell has been elected chair of the local Ulster Farmers' Union group at its annual meeting in the Orange hall.",
        "Mr Campbell, who milks 180 cows near the Glenreagh Road, said milk price volatility and slurry regulations would be his focus for the year ahead.",
    ],
    [("Farmer Joe", "Good man Davy.")],
    [],
    byline="Farming desk",
)

news(
    "sportsblog",
    "Campbell double sends Castlebrack Celtic top",
    [
        "Castlebrack Celtic 3-1 Knockmoyle Rovers.",
        "Striker David Campbell scored either side of half-time as Castlebrack went top of the Intermediate League. Campbell, 22, has now scored 14 goals in 11 games.",
    ],
    [("Celtic fan", "Campbell for Northern Ireland!")],
    [],
    byline="Posted by Touchline Antrim",
)

# --- the principal -----------------------------------------------------------------------
forum(
    "parentchat",
    "Beacon or grammar? DS got an A in the AQE",
    [
        ("AQE_survivor", "DS got his AQE result today, an A, which gets him into the grammar in town. But he's set on Beacon Integrated College because his best friends are going and he loves the sport there. DH says we're mad to turn down a grammar place. Has anyone done this?"),
        ("ThreeBoysMum", "DD turned down a grammar for Beacon four years ago and has just got 4 A*s at A level. The principal, Mrs O'Hagan, said at the open night that they stretch the top end, and they did."),
        ("AQE_survivor", "That's reassuring. He'll be thrilled."),
        ("Realist_NI", "Grammar for me, sorry. Results tables don't lie. But it's about the child."),
    ],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(GO, "title_surname", "neutral", "Mrs O'Hagan")],
)

review(
    """Indeed · Beacon Integrated College · ★★☆☆☆
Teacher (former employee) — Ballymarra, County Antrim

Lovely kids, hardworking staff, but leadership is top-down. Mrs O'Hagan micro-manages everything from lesson plans to the font on display boards, and decisions come out of nowhere by email on a Sunday night. Workload is unsustainable. I left after three years.

Pros: pupils, colleagues, the integrated ethos
Cons: leadership style, workload, no real consultation""",
    [E(SC, "exact", "negative", "Beacon Integrated College"), E(GO, "title_surname", "negative", "Mrs O'Hagan")],
)

review(
    """Indeed · Beacon College · ★☆☆☆☆
Classroom Assistant (former employee)

G. O'Hagan is a vindictive witch who goes after anybody who questions her. Two-faced, smiles at you in the corridor then writes you up. Absolute bully of a woman, I hope the governors wake up. Avoid.""",
    [E(SC, "alias", "negative", "Beacon College"), E(GO, "initial_surname", "abuse", "G. O'Hagan")],
)

facebook(
    """Ballymarra Mums Chat
Post by Anonymous member · 7h

Not being funny but the principal up at the Beacon, O'Hagan, let a governor's son off with selling weed in the toilets last year. Kept the police right out of it. Any other child would've been expelled. That's how it works up there, it's who you know.

41 reactions · 76 comments
Comment — Sinead R: where did you hear this?
Comment — Anonymous member: it's common knowledge
Comment — Cathy W: this is defamatory, admins please delete""",
    [E(SC, "short_name", "negative", "Beacon"), E(GO, "surname_only", "defamation", "O'Hagan")],
)

social(
    f"""@lisnabrack_no1 · X
{HG_OHAGAN} the beacon principal needs a bullet, not a bonfire. see how brave she is then
  ↳ @hannah_w_ni: reported this to police. vile""",
    [E(SC, "short_name", "neutral", "beacon"), E(GO, "homoglyph", "threat", HG_OHAGAN)],
)

social(
    """@aoibheann_writes · X
google GrainneOHagan and the first thing that comes up is her photo on top of a bonfire. the principal of Beacon. a woman who spent 30 years getting catholic and protestant kids into the same classrooms. think about that
  ↳ 312 reposts · 1.4k likes""",
    [E(SC, "short_name", "neutral", "Beacon"), E(GO, "camelcase", "neutral", "GrainneOHagan")],
)

facebook(
    """Beacon Integrated College Parents (unofficial)
Post by Karen Agnew (admin) · 2w

Pinned: Uniform update from Gráinne O. (principal) copied from the ParentMail below, since half of yiz say you don't get the emails!!

"From September, navy or black plain trainers will no longer be permitted with uniform. Black school shoes only. Thank you for your support." 

Comment — Mark D: at £40 a pair? give us peace
Comment — Karen Agnew: not my rule Mark!!""",
    [E(SC, "exact", "negative", "Beacon Integrated College"), E(GO, "first_initial", "neutral", "Gráinne O.")],
)

social(
    """snapchat story screenshot posted to @beacon_staffroom_gossip (Instagram)
"O'Hagan and Campbell workin late AGAIN 😏😏 staff night out she was all over him, his wife wasnt there lol beacon SLT more like beacon S&M"
comments: "this is bad 😭" "who runs this account" "delete before u get caught\"""",
    [E(SC, "short_name", "neutral", "beacon"), E(GO, "surname_only", "sexual", "O'Hagan"), E(DC, "surname_only", "sexual", "Campbell")],
)

facebook(
    """Ballymarra Loyal & True (private group)
Post by Trevor Dunseith · 1d

Mrs O'Hagan doesn't answer the school email about the flags, so here's her own one: grainne.ohagan.home@mailbox.example. And her mobile 07700 900512. Fill yer boots. Polite messages only lads 😂 The Beacon belongs to this town not to her.

Comment — Wendy A: Trevor this is her private number ffs
Comment — Trevor Dunseith: she's a public servant""",
    [E(SC, "short_name", "negative", "Beacon"), E(GO, "title_surname", "doxxing", "Mrs O'Hagan")],
)

review(
    """Google review · ★☆☆☆☆
Paula H. · 3 weeks ago

Beacon's phone ban is ridiculous. My daughter has a medical condition and I need to be able to reach her. Rang four times, left messages for Mrs O'Hagan, nothing back. Receptionist was lovely but principal hides in her office. Very disappointed.""",
    [E(SC, "possessive", "negative", "Beacon's"), E(GO, "title_surname", "negative", "Mrs O'Hagan")],
)

news(
    "nat",
    "Ballymarra principal wins national award for integrated education",
    [
        "Gráinne O'Hagan, principal of Beacon Integrated College in Ballymarra, has received the Integrated Education Fund's leadership award at a ceremony at Stormont.",
        "The judges praised her \"quiet courage\" during a difficult summer, as well as the college's growth from 420 to 910 pupils in eight years.",
        "Mrs O'Hagan, who grew up as Gráinne Devlin in Tullycorr and taught in England for a decade, dedicated the award to \"every parent who took a leap of faith\".",
    ],
    [("Former pupil", "She was my form teacher in 2005. Deserved."), ("Ballymarra Man", "Credit where it's due.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(GO, "exact", "neutral", "Gráinne O'Hagan")],
)

social(
    """@ballymarra_unionist_voice · X
@GOHagan_Beacon you should resign. you've brought nothing but trouble to the beacon since the flags letter
  ↳ @GOHagan_Beacon has limited who can reply""",
    [E(SC, "short_name", "negative", "beacon"), E(GO, "handle", "negative", "@GOHagan_Beacon")],
)

social(
    """whatsapp voice note transcript, shared to X by @standwithbeacon (to condemn it)
"...and you tell Mrs O'Hagan we know what car she drives and where she parks it of a night at the wee flat in Tullycorr. She wants to think twice about the flags, right, think twice..."
caption: this was left for our principal. we stand with her""",
    [E(SC, "short_name", "neutral", "beacon"), E(GO, "title_surname", "neutral", "Mrs O'Hagan")],
)

facebook(
    """Tullycorr Past & Present
Comment on photo "Tullycorr Primary class of 1984"

Brenda McC: That's Gráinne Devlin second from left in the front row, her that's the big principal at the Beacon now. Stuck up cow then and a stuck up cow now, wouldn't give ye the time of day
Lorraine: Brenda that's not nice
Brenda McC: well it's true""",
    [E(SC, "short_name", "neutral", "Beacon"), E(GO, "alias", "abuse", "Gráinne Devlin")],
)

social(
    """tiktok comments · "beacon principal speech at prize day"
@kieran_mc_09: O'H*gan is a spineless wee gobshite, gave us a speech about respect after takin the flags down
@mollyy.r: shes actually sound
@kieran_mc_09: naw shes not""",
    [E(SC, "short_name", "neutral", "beacon"), E(GO, "obfuscated", "abuse", "O'H*gan")],
)

# --- the history teacher (unique name) -----------------------------------------------------
blog(
    "history",
    "Packed hall for talk on 1798 in the Glens",
    [
        "Thanks to everyone who braved the rain on Thursday for Dr Isolde Verschoyle's talk on the United Irishmen in the Glens of Antrim. We had to find extra chairs at the back.",
        "Isolde Verschoyle walked us through the Presbyterian radicals of 1798 and why so many of their great-grandchildren ended up on the other side of the argument a century later. Plenty to chew on over the tea.",
        "Next month: old shop fronts of Market Street, with slides.",
    ],
    [("Hugh", "Fascinating. Could listen to her all night."), ("Mabel", "Will the talk be printed in the society journal?")],
    [E(IV, "exact", "neutral", "Isolde Verschoyle")],
    byline="Posted by Ballymarra dander-er",
)

blog(
    "standard",
    "What are they teaching our children about the Troubles?",
    [
        "A parent has passed us a GCSE worksheet from Beacon. It asks pupils to 'compare perspectives' on the IRA and the security forces, as if there were two sides to murder.",
        "Verschoyle's history department has been telling fifteen-year-olds that the IRA were 'freedom fighters' and that the RUC were 'the armed wing of unionism'. We are told she said this in class, in those words, more than once. Parents should demand her removal.",
    ],
    [("Ex-RUC", "My colleagues died. Disgusting if true."), ("History teacher", "'Compare perspectives' is literally the CCEA specification.")],
    [E(SC, "short_name", "negative", "Beacon"), E(IV, "possessive", "defamation", "Verschoyle's")],
    byline="Posted by Ulster Standard Bearer",
)

social(
    """@bmarra_lad_ · X
dr v3rsch0yle is a stuck up snob who looks down her nose at everybody in this town. "historian" my arse, she's a jumped up wee madam
  ↳ @ciara_hist: she got me an A* so
  ↳ @bmarra_lad_: congrats u were brainwashed""",
    [E(IV, "leetspeak", "abuse", "v3rsch0yle")],
)

review(
    """Google review · ★★★★★
Declan M. · a year ago

Left Beacon Integrated in 2019. Dr Verschoyle is the best history teacher I ever had, and I'm now doing a PhD because of her. The sixth form is small but the teachers know you. Only complaint: the canteen chips.""",
    [E(SC, "alias", "neutral", "Beacon Integrated"), E(IV, "title_surname", "neutral", "Dr Verschoyle")],
)

news(
    "nat",
    "Book review: Threads of the Glens — the linen mills of north Antrim",
    [
        "Isolde Verschoyle's Threads of the Glens is the first serious history of the linen mills north of Lough Neagh in a generation, and it wears its learning lightly.",
        "Verschoyle is strongest on the mill girls themselves: their wages, their strikes, their songs. A chapter on the 1907 dispute at the Tullanee mill is a small masterpiece.",
        "Threads of the Glens (Glenreagh Press, £14.99) is out now.",
    ],
    [],
    [E(IV, "exact", "neutral", "Isolde Verschoyle")],
    byline="Reviewed by Marion Adair",
)

facebook(
    """Ulster Says No To Irish (public group)
Post · 1d

The history teacher Verschoyle that's been filling kids' heads wi republican muck lives at 22 Mill Brae, Lisnabrack, BT98 6RW. Her name's on the wee plaque at the door. Maybe some parents would like to call and discuss the curriculum with her 🤔

7 reactions · 14 comments
Comment — Lorna: Take this down, it's her home""",
    [E(IV, "surname_only", "doxxing", "Verschoyle")],
)

social(
    f"""@somme_remembered · X
{HG_VERSCHOYLE} should be sacked for what she told the kids about the Somme. my grandda's grandda died there and she called it "a pointless slaughter for empire". disrespectful
  ↳ @historynerd_ni: it... was a slaughter though""",
    [E(IV, "homoglyph", "negative", HG_VERSCHOYLE)],
)

social(
    """instagram comments on @ulsterstandardbearer post
loyal_lisnabrack: somebody needs to put Isolde V. in her place, permanent like. there's ways of dealing wi her sort
rangers4life_ni: 👊👊
kate.h.b: report this""",
    [E(IV, "first_initial", "threat", "Isolde V.")],
)

forum(
    "staffroom",
    "Parent complaining about 'biased' Troubles unit",
    [
        ("HoD_history_NI", "Is anyone else getting pressure over the CCEA Troubles unit? A parent at our place has written to the board about a colleague and now a blog has picked it up. We follow the spec word for word."),
        ("quiet_historian", "If you mean the stuff about Dr Verschyle at Beacon, the whole profession knows she's meticulous. That blog is a hatchet job. Document everything, keep your union rep in the loop."),
        ("HoD_history_NI", "Thanks. Not naming anyone here but yes, I've seen it."),
    ],
    [E(SC, "short_name", "neutral", "Beacon"), E(IV, "typo", "neutral", "Dr Verschyle")],
)

# --- SENCo ---------------------------------------------------------------------------------
forum(
    "parentchat",
    "SEN support at Beacon — is it just us?",
    [
        ("TiredMamaOf3", "DS (Y9, ASD and dyspraxia) has a statement that says he gets a classroom assistant in maths and English. He hasn't had one since October. The SENCo, Mrs Hutchinson, doesn't answer emails and the last meeting was cancelled twice. I'm not trying to bash Beacon Integrated, the form teacher is lovely, but I'm at the end of my rope."),
        ("SENDwarrior_NI", "Put everything in writing and copy in the EA's SEN team. Ask for an annual review early. The statement is legally binding."),
        ("TiredMamaOf3", "Thank you. Doing it tonight."),
    ],
    [E(SC, "alias", "negative", "Beacon Integrated"), E(NH, "title_surname", "negative", "Mrs Hutchinson")],
)

facebook(
    """Ballymarra Mums Chat
Comment thread on "Recommendations for SEN support in secondary?"

Tracey L: Honestly go and talk to Naomi Bell as was, she's the SENCo at Beacon Integrated College now. She was the year below me at school and she's a dote. Fought for my son's statement tooth and nail.
Gillian: +1 she's brilliant
Tracey L: she's Mrs Hutchinson now if you're ringing the school""",
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(NH, "alias", "neutral", "Naomi Bell")],
)

news(
    "council",
    "Special Educational Needs and Disability Tribunal — hearing list (public)",
    [
        "Hearing list for the week commencing 13 November. Venue: Tribunal Hearing Centre, Ballymarra.",
        "Case SENDIST/2024/118. Appeal against the content of a statement of special educational needs (Parts 2 and 3). Respondent: Education Authority. Witnesses for the respondent: N. Hutchinson (SENCo, Beacon Integrated College); Educational Psychologist (EA).",
        "Case SENDIST/2024/121. Appeal against refusal to carry out a statutory assessment. Respondent: Education Authority. Adjourned.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(NH, "initial_surname", "neutral", "N. Hutchinson")],
    byline="Tribunal Secretariat",
)

social(
    """@fedupdad_glens · X
Hutchinson the SENCo at Beacon is a useless lazy cow. my son's been waitin 2 years for an assessment and she's sittin on her arse drinkin tea. hope she's proud of herself
  ↳ @glens_sen_mum: ours was the same til we went to the EA""",
    [E(SC, "short_name", "negative", "Beacon"), E(NH, "surname_only", "abuse", "Hutchinson")],
)

facebook(
    """Ballymarra SEN Parents Support (public group)
Post by Colin Ferris · 3h

Since the school won't put you through to her, here's the SENCo's personal mobile: Naomi Hutchinson, 07700 900466. Beacon won't give it out but I got it off a parent. Ring her yourselves and don't let her fob you off.

Comment — Group admin: Colin I've removed the number from the post, please don't share staff personal numbers
Comment — Colin Ferris: ye can still see it in the edit history""",
    [E(SC, "short_name", "neutral", "Beacon"), E(NH, "exact", "doxxing", "Naomi Hutchinson")],
)

review(
    """Indeed · Beacon Integrated College · ★★★★☆
Classroom Assistant (current employee) — Ballymarra

Really rewarding place to work. SENCo Naomi Hutchinson is a superstar and actually listens to classroom assistants, which is rare. Training is good. Pay is what it is.
Cons: buildings are tired, the mobiles are freezing in January.""",
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(NH, "exact", "neutral", "Naomi Hutchinson")],
)

# --- site manager ---------------------------------------------------------------------------
social(
    """@ballymarra_u12s · X
the pitch at beacon college was a bog again on saturday. McIlwain the groundsman says the drains are the council's job, council says its the school's. our kids played in a swamp. sort it out
  ↳ @ballymarra_rfc_u14: same last week""",
    [E(SC, "alias", "negative", "beacon college"), E(WM, "typo", "negative", "McIlwain")],
)

news(
    "nat",
    "Ballymarra bonfire relocation: how the deal was done",
    [
        "The quiet talks that moved the Lisnabrack bonfire a hundred yards from the houses and away from the Beacon Integrated College playing fields involved an unlikely group: community workers, a Housing Executive manager, two councillors and the college's site manager.",
        "William McIlwaine, who was threatened after clearing pallets from the fields in July, sat in on two of the meetings. \"I grew up two streets away. I went to that bonfire as a wean,\" he said. \"Nobody wants anyone hurt. We just wanted it off the pitch.\"",
        "The Ballymarra Improvement Committee said it would steward the site.",
    ],
    [("Lisnabrack Mum", "Fair play Billy."), ("J Kerr", "Good example of what talking does.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(WM, "exact", "neutral", "William McIlwaine")],
)

facebook(
    """Lisnabrack Bonfire Builders 2024
Comment thread on "Site for next year??"

Gary Boyd: McIlwaine lives in one of them new builds at the top of Carnreagh Road, no. 41, the one wi the blue door. Just sayin if anybody wants to ask him nicely where the pallets went
Jason R: 😂😂 leave it Gary
Leanne M: this is why people end up in court Gary, he's the Beacon caretaker not the enemy""",
    [E(SC, "short_name", "neutral", "Beacon"), E(WM, "surname_only", "doxxing", "McIlwaine")],
)

news(
    "chronicle",
    "Obituary: William McIlwaine, Drumskelt Young Farmers stalwart",
    [
        "The death has taken place of William McIlwaine (88), of Drumskelt, a founding member of the Drumskelt Young Farmers' Club and a judge at the Glenreagh show for forty years.",
        "Willie, as he was known to everyone, farmed sheep on the Drumskelt hills until his eighties. He is survived by his wife Ruby, his children and eleven grandchildren.",
        "The funeral takes place at Drumskelt Presbyterian Church on Tuesday at 2pm.",
    ],
    [("Sam J", "A gentleman. RIP Willie.")],
    [],
    byline="Death notices",
)

# --- more on the Irish teacher -------------------------------------------------------------
social(
    """@ulster_scots_sammy · X
AoifeStewartQuinn teachin wee taigs their own language on the rates in a Ballymarra school, aye, that's integration for ye. their sort have been tryin to take this country off us for 400 year
  ↳ @moyra_ni: it's literally Wednesday lunchtime club ya weapon""",
    [E(AQ, "camelcase", "hate", "AoifeStewartQuinn")],
)

social(
    """instagram · @beacon_cumann_gaeilge
Our Irish club has 64 members this year, from every background in the school 💚🧡 Thank you for all the messages of support for our teacher. Bígí linn ar an Chéadaoin! #AoifeStewartQuinn #StandWithAoife #Ballymarra
comments:
maeve_o_d: go raibh maith agat a mhúinteoir!
the_real_gav_: beacon irish club > everything""",
    [E(SC, "short_name", "neutral", "beacon"), E(AQ, "hashtag", "neutral", "#AoifeStewartQuinn")],
)

social(
    """snapchat screenshot shared by @bmarra_exposed
"Aoife Stewart–Quinn ye'll get what's comin to ye, the BIC irish teacher won't be so smug wi a brick thru her windae"
caption: someone in our year sent this to a teacher. it's been reported to the school and PSNI""",
    [E(SC, "alias", "neutral", "BIC"), E(AQ, "hyphenated", "threat", "Aoife Stewart–Quinn")],
)

social(
    """@glens_loyalist_voice · X
that @aoife_sq_gaeilge one was seen at a dissident rally in Derry wi a banner and a couple of the Beacon irish club kids beside her. she's recruitin them, plain and simple. somebody tell the Dept
  ↳ @sean_mc_derry: that was a Conradh na Gaeilge march for the language act ya clown
  ↳ @glens_loyalist_voice: same thing""",
    [E(SC, "short_name", "neutral", "Beacon"), E(AQ, "handle", "defamation", "@aoife_sq_gaeilge")],
)

social(
    """tiktok comments · "day in the life of a beacon sixth former"
@conall_ms17: miss stewart-quinn can teach me irish any day 😏🔥 phwoar
@erin_x_18: CONALL 😭😭😭 she's married
@conall_ms17: i'm 18 i can look
@tadhg.b: ur gettin reported""",
    [E(SC, "short_name", "neutral", "beacon"), E(AQ, "title_surname", "sexual", "miss stewart-quinn")],
)

forum(
    "parentchat",
    "Teacher being horrible to DD in Irish club?",
    [
        ("Glens_Gran", "My granddaughter says her Irish teacher at Beacon shouted at her in front of everyone for forgetting her homework. Is this normal now?"),
        ("ArdMum", "That Stewart-Quinn one is a sour-faced oul bag, she's been like that since she came. Nobody likes her except the kids whose parents are in the GAA."),
        ("Glens_Gran", "I'm not saying that about her, I just wanted to know if it was normal. Maybe I'll ring the school."),
        ("MidAntrimDad", "Teachers shout sometimes. Ring the school, ask calmly."),
    ],
    [E(SC, "short_name", "negative", "Beacon"), E(AQ, "surname_only", "abuse", "Stewart-Quinn")],
)

# --- more on the newcomer team ---------------------------------------------------------------
social(
    f"""@real_ulster_patriot · X
{HG_ZIELINSKA} and her EAL lot up at the Beacon. half of them can't say hello in English after 3 years. polish cow can go back to Warsaw and take them wi her
  ↳ @ewa_fan_club: she's from Gdańsk actually and she's lovely, block""",
    [E(SC, "short_name", "negative", "Beacon"), E(EZ, "homoglyph", "hate", HG_ZIELINSKA)],
)

facebook(
    """Ballymarra Community Noticeboard
Post by Alan McCune · 12h

Ewa Z. from the Beacon, the one running the migrant classes, lives at 5 Orchard Row, Tullycorr BT98 3HX, the house with the Polish flag in the window. Some of the neighbours aren't happy. Just so people are aware.

Comment — Admin: Post removed. Don't share addresses.
Comment — Alan McCune: ye can't stop the truth""",
    [E(SC, "short_name", "neutral", "Beacon"), E(EZ, "first_initial", "doxxing", "Ewa Z.")],
)

social(
    """@karen_1690_b · X
@ewa_z_eal you're a patronisin cow. don't lecture me about "inclusion" at a beacon parents evening when my son can't get a word in wi the teachers cos half the night is translators
  ↳ @ewa_z_eal: I'm sorry you felt that way, my door is always open""",
    [E(SC, "short_name", "negative", "beacon"), E(EZ, "handle", "abuse", "@ewa_z_eal")],
)

blog(
    "welcome",
    "Volunteer call-out: homework club lifts this term",
    [
        "We are looking for drivers for the Tuesday Arabic and Polish homework clubs at Beacon College, 3.15pm to 5pm. Lifts are usually two or three children to Tullycorr and Millrace Court.",
        "To sign up, use the form on our website and choose 'EwaZielinska homework club' from the drop-down list so that the coordinator gets your details straight away. All drivers need an AccessNI check, which we arrange.",
    ],
    [("Bernie", "Signed up! Can do Tuesdays in term time.")],
    [E(SC, "alias", "neutral", "Beacon College"), E(EZ, "camelcase", "neutral", "EwaZielinska")],
    byline="Posted by Welcome Antrim team",
)

facebook(
    """Ballymarra Mums Chat
Comment thread on "Why does Beacon get extra money?"

Donna K: Zielinska's fiddlin the EAL numbers to get extra funding off the EA, puttin kids down as newcomers that were born in Antrim. That's where the new minibus came from
Fiona T: Donna that's a serious thing to say about somebody
Donna K: ask anybody up at Beacon""",
    [E(SC, "short_name", "negative", "Beacon"), E(EZ, "surname_only", "defamation", "Zielinska")],
)

social(
    f"""@ballymarra_facts · X
that {HG_HADDAD} fella at beacon college was in assad's army, bet ye any money. war criminal teachin our kids. these people are animals
  ↳ @rachel_ni_87: he was a maths student in Aleppo, you absolute weapon""",
    [E(SC, "alias", "neutral", "beacon college"), E(RH, "homoglyph", "hate", HG_HADDAD)],
)

social(
    """@lisnabrack_lad_ · X
Hadd*d better not show his face at the Tullycorr shops again. boys are waitin on him. last warnin
  ↳ @user4451: reported""",
    [E(RH, "obfuscated", "threat", "Hadd*d")],
)

news(
    "chronicle",
    "Chess club checkmates the opposition",
    [
        "Beacon Integrated College's lunchtime chess club, set up two years ago, has reached the final of the Ulster Schools Chess League, Division Two.",
        "Team captain Ahmad (Year 10) and vice-captain Zofia (Year 9) both learned to play at the club. Teacher in charge: R. Haddad.",
        "The final takes place in Belfast on 3 March.",
    ],
    [("Chess Dad", "Well done all!")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RH, "initial_surname", "neutral", "R. Haddad")],
)

# --- the college itself under attack ------------------------------------------------------------
social(
    """@torch_it_1690 · X
B E A C O N is gettin torched on the 11th, mark my words. they wanted rid of our flags, we'll see how they like a few petrol bombs over the fence
  ↳ @nicola_mc_ni: @PSNI this is a threat to a school full of children""",
    [E(SC, "spacing", "threat", "B E A C O N")],
)

social(
    """tiktok comments · "BeaconIntegratedCollege open day vlog 🏫"
@ulster.lad.1690: BeaconIntegratedCollege = fenian factory. they'll have yer kids blessin themselves by year 9
@mairead.h: it's literally half protestant
@ulster.lad.1690: not for long""",
    [E(SC, "camelcase", "hate", "BeaconIntegratedCollege")],
)

forum(
    "parentchat",
    "Is it true about Beacon's GCSE results?",
    [
        ("ResultsWatcher", "Heard from a friend who teaches there that Beacon Intergrated College fiddled their GCSE figures by pulling weaker kids out of exams and entering them for BTECs at the last minute so they don't count. That's why they're top of the league tables this year. Anyone know more?"),
        ("Teacher_in_NI", "BTECs do count in NI league-style figures, so that wouldn't even work. This sounds like playground gossip."),
        ("ResultsWatcher", "Well it's what I was told."),
    ],
    [E(SC, "typo", "defamation", "Beacon Intergrated College")],
)

social(
    """@ballymarra_says_no · X
B34con = blow-in school for syrians n poles. local kids cant get a place cos they're all took by foreigners that dont even speak english. disgustin
  ↳ @ms_j_rea: Beacon was undersubscribed by 40 places last year. check your facts""",
    [E(SC, "leetspeak", "hate", "B34con")],
)

social(
    f"""@lisnabrack_defenders · Telegram channel screenshot (reposted to X by @antrim_watch)
"{HG_BEACON} — somebody oughta put somethin under the front door that goes bang. they'll soon learn"
@antrim_watch: reported to police. this is a threat against a school""",
    [E(SC, "homoglyph", "threat", HG_BEACON)],
)

facebook(
    """Ballymarra SEN Parents Support (public group)
Post by anonymous member · 4d

B**con Integrated hides bullying to keep their numbers up. My son was beaten in the toilets and they logged it as 'horseplay' so it wouldn't go in their figures to the EA. They did the same to two other families I know. It's a cover up, plain and simple.

Comment — Group admin: Please raise this with the Board of Governors or the Children's Commissioner.""",
    [E(SC, "obfuscated", "defamation", "B**con Integrated")],
)

news(
    "chronicle",
    "College evacuated after hoax device left at gates",
    [
        "About 900 pupils were moved to the sports hall at Beacon Integrated College on Wednesday morning after a suspicious object was found at the main gates on the Tullycorr Road.",
        "Army technical officers examined the item and declared it an elaborate hoax. Police said they were treating the incident as a hate crime.",
        "The college thanked parents for staying away from the gates while the alert was dealt with. Classes resumed after lunch.",
    ],
    [
        ("Brian", "Whoever did this needs locked up."),
        ("Anon1690", "Hoax this time."),
    ],
    [E(SC, "exact", "threat", "Beacon Integrated College")],
)

# --- more on the PE teacher ----------------------------------------------------------------------
social(
    f"""@orangeman_glens · X
{HG_KERNOHAN} at the beacon is a prod traitor coachin a team full of fenians in a fenian sport. lundy scum, his own kind should disown him
  ↳ @rugbymum_ni: he coaches the rugby too. and half the gaelic team are prods""",
    [E(SC, "short_name", "neutral", "beacon"), E(RK, "homoglyph", "hate", HG_KERNOHAN)],
)

facebook(
    """Beacon Integrated College Parents (unofficial)
Comment thread on "Gaelic team selection for the shield final"

Martin O: If ye want to complain about team selection don't bother the school office, Mr Kernohan's own mobile is 07700 900733, I got it from the WhatsApp for the minibus. Ring him tonight
Karen Agnew (admin): Martin please don't post staff personal numbers, removing
Martin O: he gave it to the parents, it's not a secret""",
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RK, "title_surname", "doxxing", "Mr Kernohan")],
)

forum(
    "gaaboard",
    "Beacon minors selection a joke",
    [
        ("AngryDaGlens", "If Kernohan drops my son for the Beacon minors again I'll break his legs, I'm not even joking. Three years that boy has trained and he's on the bench behind kids who joined in September."),
        ("mod_glens", "Thread locked. Threats of violence are not acceptable on this board."),
    ],
    [E(SC, "short_name", "neutral", "Beacon"), E(RK, "surname_only", "threat", "Kernohan")],
)

social(
    """snapchat story (shared to @beacon.memes)
"kernahan in his wee shorts at sports day 🥵🥵🥵 no wonder all the mums come to watch"
"i'm tellin him u said that"
"🙏 dont"
caption: beacon sports day 2024 was a movie""",
    [E(SC, "short_name", "neutral", "beacon"), E(RK, "typo", "sexual", "kernahan")],
)

# --- more on the drama teacher --------------------------------------------------------------------
forum(
    "staffroom",
    "Colleague charged — how do we support the kids?",
    [
        ("drama_dept_NI", "A colleague from another department at our school (Beacon, it's been in the papers so no point pretending) has been charged over messages to pupils. C. Loughran ran the school show for years and the cast are devastated and confused. Some of them were in the group chats. How do we support them without saying anything that prejudices the case?"),
        ("DSL_experienced", "Your DSL should lead this, not individual staff. Stick to 'we can't talk about the case, but you can talk to us about how you feel'. Refer any disclosures straight to the DSL."),
        ("drama_dept_NI", "Thank you. That's helpful."),
    ],
    [E(SC, "short_name", "sexual", "Beacon", True), E(CL, "initial_surname", "sexual", "C. Loughran", True)],
)

facebook(
    """Ballymarra Mums Chat
Post by Denise Rainey · 2d

I'll not believe it about Conor Loughran until I see proof. He had my daughter in the Beacon show three years running and there was never a thing wrong. These rumours about messages to girls are all over Snapchat and it's trial by social media. Innocent until proven guilty.

Comment — Marie C: Denise the police charged him, they don't do that for nothing
Comment — Denise Rainey: and courts exist for a reason""",
    [E(SC, "short_name", "sexual", "Beacon", True), E(CL, "exact", "sexual", "Conor Loughran", True)],
)

social(
    """@justice4beacon_kids · X
L o u g h r a n the beacon drama teacher wants his head kicked in. if I see him outside the court on Monday he's gettin it, no polis will stop me
  ↳ @notmeguv_: mate delete this
  ↳ @justice4beacon_kids: no""",
    [E(SC, "short_name", "neutral", "beacon"), E(CL, "spacing", "threat", "L o u g h r a n")],
)

# --- college life, several staff at once -------------------------------------------------------------
news(
    "chronicle",
    "Record A-level results at Beacon despite 'toughest year'",
    [
        "Beacon Integrated College celebrated its best A-level results on Thursday, with 41 per cent of grades at A* or A.",
        "Principal Gráinne O'Hagan said the results were \"a tribute to young people who kept their heads down through a summer none of us would choose\".",
        "History had a particularly strong year. Head of department Dr Isolde Verschoyle said five of her students had secured places to read history or politics, two of them at Oxford and Cambridge.",
        "Vice-principal David Campbell thanked parents and the site team, who had the hall ready for results at 7am.",
    ],
    [("Proud Mum", "My daughter got her AAB! Thank you Dr Verschoyle!!"), ("Joe", "Well done everyone.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(GO, "exact", "neutral", "Gráinne O'Hagan"), E(IV, "exact", "neutral", "Isolde Verschoyle"), E(DC, "exact", "neutral", "David Campbell")],
)

news(
    "jobs",
    "Teacher of History (temporary, 0.6) — Beacon Integrated College, Ballymarra",
    [
        "Beacon Integrated College is an oversubscribed 11-18 integrated college of 910 pupils. We seek a well-qualified teacher of History (0.6 FTE) from January to cover a secondment, with the ability to teach to A level.",
        "Informal enquiries to the Head of History, Dr I. Verschoyle, via the college office on 01632 960527. Application packs from the college website. Closing date: noon, Friday 22 November.",
        "The Board of Governors is committed to safeguarding. This post is subject to an Enhanced AccessNI check. The college is an equal opportunities employer and welcomes applications from all sections of the community, particularly from the Protestant community, who are currently under-represented on staff.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(IV, "initial_surname", "neutral", "I. Verschoyle")],
    byline="Posted by Beacon Integrated College",
)

news(
    "jobs",
    "Bilingual Classroom Assistant (Arabic/English) — Ballymarra",
    [
        "Beacon College seeks a bilingual classroom assistant, 32.5 hours per week term time, to join our newcomer and EAL team. Fluent spoken Arabic essential; Kurdish or Tigrinya desirable.",
        "The post-holder will work under the direction of Mrs Ewa Zielińska, Newcomer and EAL Coordinator, alongside our existing Arabic-speaking assistant.",
        "Salary: NJC scale points 5-7, pro rata. Closing date: 4pm, 6 December.",
    ],
    [],
    [E(SC, "alias", "neutral", "Beacon College"), E(EZ, "exact", "neutral", "Ewa Zielińska")],
    byline="Posted by Beacon Integrated College",
)

news(
    "jobs",
    "Teacher of Drama (temporary) — integrated college, County Antrim",
    [
        "Beacon Integrated College, Ballymarra, requires a temporary teacher of Drama, full time, from January until 30 June, with the possibility of extension.",
        "The successful candidate will lead KS3 and GCSE Drama and the whole-school production. Enquiries to the Vice-Principal, Mr D. Campbell.",
        "This post is subject to an Enhanced AccessNI check and satisfactory references.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(DC, "title_surname", "neutral", "Mr D. Campbell")],
    byline="Posted by Beacon Integrated College",
)

blog(
    "parish",
    "Parish newsletter — Advent",
    [
        "Congratulations to the young people of our parish at Beacon Integrated College whose Gaelic and rugby teams both won shields this term. Mr Kernohan kindly brought both trophies to the youth club on Friday.",
        "Our thanks to Rami Haddad, who has been teaching a beginners' Arabic class in the church hall on Monday evenings for the families who have joined us from Syria. All welcome. Tea provided.",
        "The Christmas Eve carol service will be a joint one with the parish of St Comgall this year.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RK, "title_surname", "neutral", "Mr Kernohan"), E(RH, "exact", "neutral", "Rami Haddad")],
    byline="From the Rector",
)

review(
    """Google review · ★☆☆☆☆
S. Millar · 5 months ago

Mr Campbell the vice principal is a creep. He stands at the top of the stairs staring at the girls going up in their skirts and my daughter says he messages some of the sixth form girls on Instagram. Beacon knows and does nothing.""",
    [E(SC, "short_name", "sexual", "Beacon", True), E(DC, "title_surname", "sexual", "Mr Campbell", True)],
)

review(
    """Google review · ★☆☆☆☆
Jonny W. · 2 months ago

Mr Kernohan grabbed my son by the neck in PE and slammed him against the wall bars. Beacon Integrated College covered it up and told us he 'tripped'. Ask how many other kids it's happened to. Disgrace of a school.""",
    [E(SC, "exact", "defamation", "Beacon Integrated College"), E(RK, "title_surname", "defamation", "Mr Kernohan")],
)

review(
    """Glassdoor · Beacon Integrated College · ★★☆☆☆
"Great pupils, difficult middle management" — Teacher, former employee

Pros: The kids, the integrated ethos, the history and PE departments.
Cons: The VP Campbell has a habit of talking down to female staff in meetings and calling people "emotional" when they disagree. Nobody feels able to raise it. Pastoral systems feel like box-ticking.
Advice to management: Run a proper staff survey and read it.""",
    [E(SC, "exact", "negative", "Beacon Integrated College"), E(DC, "surname_only", "negative", "Campbell")],
)

forum(
    "staffroom",
    "Toxic SLT — leave mid-year?",
    [
        ("burnt_out_in_antrim", "Seven years at an integrated college in Ballymarra. The principal O'Hagan and her sidekick Campbell are a pair of petty, vindictive tyrants. Anyone who speaks up at a staff meeting gets a 'developmental' observation the next week. I'm done. Would you walk at Christmas or see it out to June?"),
        ("nqt_survivor", "See it out if you can for references, but start applying now."),
        ("union_rep_NI", "Keep a diary of every incident with dates. Talk to your rep before you resign."),
    ],
    [E(GO, "surname_only", "abuse", "O'Hagan"), E(DC, "surname_only", "abuse", "Campbell")],
)

social(
    """@proud_ulster_mum · X
Haddad and Zielinska up at the Beacon should be sent home along wi every family they brought in. Syrians and Poles takin over our wee town. Not racist just sayin what everybody thinks
  ↳ @liam_bmarra: that's the definition of racist
  ↳ @proud_ulster_mum: 🙄""",
    [E(SC, "short_name", "negative", "Beacon"), E(RH, "surname_only", "hate", "Haddad"), E(EZ, "surname_only", "hate", "Zielinska")],
)

social(
    """@no_surrender_bmarra · X
when the day comes, O'Hagan and Campbell from the Beacon will be first against the wall. they've sold this town out
  ↳ @jm_glens: reported
  ↳ @no_surrender_bmarra: it's a figure of speech""",
    [E(SC, "short_name", "neutral", "Beacon"), E(GO, "surname_only", "threat", "O'Hagan"), E(DC, "surname_only", "threat", "Campbell")],
)

facebook(
    """Ulster Says No To Irish (public group)
Post · 6h

Here's where the so called "integrated" crowd from the Beacon live, since yiz were askin:
O'Hagan (principal) — Glenview Crescent, Tullycorr
Stewart-Quinn (Irish) — Carnview Park, Lisnabrack
Verschoyle (history) — Mill Brae, Lisnabrack
All public info if ye look. Do with it what ye like.

Comment — Hazel: I've reported this to the police and Facebook
Comment — admin: post will be removed""",
    [E(SC, "short_name", "neutral", "Beacon"), E(GO, "surname_only", "doxxing", "O'Hagan"), E(AQ, "surname_only", "doxxing", "Stewart-Quinn"), E(IV, "surname_only", "doxxing", "Verschoyle")],
)

news(
    "bep",
    "'Our pupils carried this summer on their shoulders' — integrated principal speaks",
    [
        "In her first interview since her photograph was burned on a bonfire, the principal of Beacon Integrated College says it is the children she worries about.",
        "\"A Year 8 asked me in September whether I was going to die,\" Gráinne O'Hagan says. \"That's what this does. It isn't about me.\"",
        "She praises her staff, from the site manager, Billy McIlwaine, who was himself threatened for clearing bonfire pallets, to classroom assistant Rami Haddad, who was targeted by racist graffiti and \"never missed a day\".",
        "Asked whether she regrets the letter about the flags, she pauses. \"I regret that people got hurt. I don't regret asking.\"",
    ],
    [("Lisnabrack Woman", "A class act."), ("T. Kerr", "She should have stayed out of politics. Still, nobody deserves threats.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(GO, "exact", "negative", "Gráinne O'Hagan"), E(WM, "nickname", "neutral", "Billy McIlwaine"), E(RH, "exact", "neutral", "Rami Haddad")],
    byline="Education correspondent",
)

news(
    "nat",
    "Lambeg and bodhrán share the stage at college Christmas concert",
    [
        "It may be a first for Ballymarra: a Lambeg drum and a bodhrán played side by side at the Beacon Integrated College Christmas concert on Tuesday night.",
        "The Lambeg was played by site manager Billy McIlwaine, who learned it from his grandfather, while Year 9 pupils from the Irish club, led by teacher Aoife Stewart-Quinn, played bodhráns and sang in Irish and Ulster-Scots.",
        "\"It was loud,\" said one parent. \"But it was beautiful.\"",
    ],
    [("Ballymarra Dad", "Best concert in years."), ("Rosemary", "Billy nearly took the roof off!")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(WM, "nickname", "neutral", "Billy McIlwaine"), E(AQ, "exact", "neutral", "Aoife Stewart-Quinn")],
)

news(
    "council",
    "Planning Committee — minutes of meeting held 2 October",
    [
        "Item 4. LA99/2024/0412/F. Beacon Integrated College, Tullycorr Road, Ballymarra. Replacement of grass pitch with 3G synthetic pitch, 8 floodlights and 2.4m weldmesh fencing.",
        "Six letters of objection were received from residents of Carnreagh Gardens concerning light spill and noise. The applicant's site manager, Mr W. McIlwaine, addressed the committee and confirmed that floodlights would be switched off by 9pm.",
        "Proposed Cllr Adair, seconded Cllr McCann, that planning permission be granted subject to conditions. Agreed.",
    ],
    [],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(WM, "initial_surname", "neutral", "W. McIlwaine")],
    byline="Democratic Services",
)

social(
    """tiktok comments · "ranking my teachers at beacon (honest)"
@saoirse.k_10: haddad, kernohan n verschoyle are the only sound ones tbh
@jamie.mc.11: verschoyle gives wile homework tho
@saoirse.k_10: aye but she's fair
@leo_bmarra: kernohan carried this list""",
    [E(SC, "short_name", "neutral", "beacon"), E(RH, "surname_only", "neutral", "haddad"), E(RK, "surname_only", "neutral", "kernohan"), E(IV, "surname_only", "neutral", "verschoyle")],
)

facebook(
    """Beacon Integrated College Parents (unofficial)
Comment thread on "Parents' evening tonight 🙈"

Nicola B: every mum at the gates fancies Mr Haddad 😍 those eyes. I'll be askin about my son's progress very slowly
Joanne Craig: NICOLA 😂😂
Nicola B: what?? I'm only human
Karen Agnew (admin): behave yourselves ladies""",
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RH, "title_surname", "sexual", "Mr Haddad")],
)

forum(
    "parentchat",
    "Parents' evening at Beacon — the snobbery",
    [
        ("Ballymarra_Bev", "Went to parents' evening at Beacon last night. Verschoyle and O'Hagan, two snobby oul bitches looking down their noses at anybody without a degree. Talked to me like I was something on their shoe."),
        ("Eastantrim_Em", "That's not been my experience but sorry you felt that way."),
        ("Ballymarra_Bev", "Wait till it's your turn."),
    ],
    [E(SC, "short_name", "negative", "Beacon"), E(IV, "surname_only", "abuse", "Verschoyle"), E(GO, "surname_only", "abuse", "O'Hagan")],
)

facebook(
    """Ballymarra SEN Parents Support (public group)
Post by Sharon Devine · 1w

Got the minutes of my son's annual review through an SAR. Hutchinson the SENCo at Beacon has written things in them that were never said in that room. Forged them, plain and simple, to make it look like we agreed to cut his hours. That is fraud.

Comment — Mags: Sharon, get on to SENAC, they're brilliant
Comment — Sharon Devine: already have""",
    [E(SC, "short_name", "neutral", "Beacon"), E(NH, "surname_only", "defamation", "Hutchinson")],
)

news(
    "bep",
    "Teacher under investigation after pupil hurt in PE lesson",
    [
        "A PE teacher at an integrated college in Co Antrim is under investigation by the Education Authority after a pupil suffered a broken wrist during a lesson.",
        "The Post understands the teacher is Robert Kernohan, head of PE at Beacon Integrated College in Ballymarra, who coaches the school's Gaelic and rugby teams. He remains in post while the investigation takes place.",
        "The pupil's family have made a complaint alleging that the boy was pushed. The college said it could not comment on individual cases.",
    ],
    [("Former pupil", "Kernohan is the best teacher in that school. This will come to nothing."), ("Ballymarra Mum", "Let the investigation happen.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RK, "exact", "defamation", "Robert Kernohan")],
    byline="Education correspondent",
)

social(
    """@ewa_watcher · X
Ewa Zielinska should mind herself walkin home through Tullycorr in the dark these nights. just a friendly word
  ↳ @glens_ally: this is a threat. screenshotted and reported""",
    [E(EZ, "alias", "threat", "Ewa Zielinska")],
)

blog(
    "standard",
    "A 'mixed' school with one flag",
    [
        "Ask yourself who runs Beacon. Gráinne O'Hagan, a Tullycorr taig through and through, brought up on rebel songs, now telling Protestant parents what they can fly on their own streets. Mixed school, aye right.",
        "Their sort never change. They smile at you across the school gate and vote to break up the Union the next day.",
    ],
    [("Ulster Lass", "Spot on."), ("Peter", "This is just sectarian. Shame on you.")],
    [E(SC, "short_name", "negative", "Beacon"), E(GO, "exact", "hate", "Gráinne O'Hagan")],
    byline="Posted by Ulster Standard Bearer",
)

forum(
    "rucktalk",
    "Kernohan's past",
    [
        ("wingforward22", "Bobby Kernohan was sacked from his last school in England for hitting a kid. Everyone in rugby circles knows it. Now he's at Beacon running two teams. How did that get past AccessNI?"),
        ("mod_ruckt", "Unless you have a source, don't post things like this. Thread closed."),
    ],
    [E(SC, "short_name", "neutral", "Beacon"), E(RK, "nickname", "defamation", "Bobby Kernohan")],
)

news(
    "chronicle",
    "Syrian pupils' cookbook raises £2,000 for hospice",
    [
        "A cookbook of family recipes written by Syrian and Polish pupils at Beacon Integrated College has raised £2,000 for the Glens hospice.",
        "The project was led by classroom assistant Rami Haddad and newcomer coordinator Mrs Zielińska, who said the pupils had \"interviewed their grandmothers on video calls to get every detail right\".",
        "Copies of Tastes of Home are on sale at the college office and at Ballymarra library, price £8.",
    ],
    [("Foodie Fran", "Bought three. The kibbeh is unreal."), ("Dorothy", "Lovely idea.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RH, "exact", "neutral", "Rami Haddad"), E(EZ, "title_surname", "neutral", "Mrs Zielińska")],
)

review(
    """Google review · ★★☆☆☆
Gordon T. · 4 weeks ago

Nothing against the teachers but the Beacon car park at 3.30 is a death trap. No one directing traffic, buses reversing into parents' cars, kids weaving in and out. The school has been told for years. Also the canteen runs out of hot food by 1.""",
    [E(SC, "short_name", "negative", "Beacon")],
)

review(
    """Google review · ★★★★★
Agnieszka W. · 6 months ago

Our two children came from Poland last year. Mrs Hutchinson (SEN) and Mrs Zielinska (EAL) worked together to get our son with dyslexia assessed in English and in Polish. Beacon Integrated College is a kind school. Thank you!""",
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(NH, "title_surname", "neutral", "Mrs Hutchinson"), E(EZ, "title_surname", "neutral", "Mrs Zielinska")],
)

review(
    """Indeed · Beacon Integrated College · ★★★★★
Caretaker (current employee) — Ballymarra

Best job I've had. William McIlwaine is a great boss, fair and always first in. It's a big site and the summer was hard but the team pulls together. Only downside is the early starts.""",
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(WM, "exact", "neutral", "William McIlwaine")],
)

social(
    """@kyle_b_bmarra · X
that oul hallion McIlwaine screamin at wee first years for kickin a ball off the wall of the beacon sports hall. get a life ye miserable oul goat
  ↳ @ben_yr8: he took my ball too 😭""",
    [E(SC, "short_name", "neutral", "beacon"), E(WM, "surname_only", "abuse", "McIlwaine")],
)

facebook(
    """Ballymarra Community Noticeboard
Post by Sam Nevin · 3h

So the Beacon's new "Arabic club" is run by Rami Haddad. A Muslim teachin our kids their language. Next it'll be prayer mats in the assembly hall. These people want to take over and we're lettin them. Wake up Ballymarra.

Comment — Heather G: it's a lunchtime language club Sam, my son's learning to count
Comment — Sam Nevin: that's how it starts""",
    [E(SC, "possessive", "negative", "Beacon's"), E(RH, "exact", "hate", "Rami Haddad")],
)

social(
    """@ballymarra_watch · X
David Campbell the VP at Beacon Integrated lives at 17 Ballyreagh Road, Tullycorr, BT98 5DN. wee bungalow. parents whose kids he's let down might want a word
  ↳ @angela_r_ni: this is doxxing. reported""",
    [E(SC, "alias", "neutral", "Beacon Integrated"), E(DC, "exact", "doxxing", "David Campbell")],
)

news(
    "sportsblog",
    "From Ballymarra to Ravenhill: Jordan's big day",
    [
        "Former Beacon Integrated College pupil Jordan Millar made his Ulster debut off the bench on Friday night, four years after leaving school.",
        "Millar, who played Gaelic football as well as rugby at school, credits Kernohan's coaching for the footwork that set up his first try in the A team last season. \"He made us play both. Best thing that ever happened to me.\"",
    ],
    [("Bobby's biggest fan", "Proud day for the whole school.")],
    [E(SC, "exact", "neutral", "Beacon Integrated College"), E(RK, "possessive", "neutral", "Kernohan's")],
    byline="Posted by Touchline Antrim",
)

news(
    "bep",
    "Trial date set for Co Antrim teacher charged with sexual communication with child",
    [
        "A trial date has been fixed for a teacher accused of attempting to incite children to send indecent images.",
        "Conor Loughran (34), formerly head of drama at Beacon Integrated College in Ballymarra, denies all charges. He appeared at Antrim Crown Court by video link from Maghaberry.",
        "The trial is expected to last two weeks and will begin in April.",
    ],
    [],
    [E(SC, "exact", "sexual", "Beacon Integrated College", True), E(CL, "exact", "sexual", "Conor Loughran", True)],
    byline="Crime correspondent",
)

social(
    """snapchat story (shared to @beacon.memes)
"mr campbell gave me a detention for havin my top button open, he's such a dick honestly"
"he's a dick fr"
"beacon rules r mad\"""",
    [E(SC, "short_name", "neutral", "beacon"), E(DC, "title_surname", "abuse", "mr campbell")],
)

# --- single-target posts (tied by role or locality) -----------------------------------------------
social(
    """@angrydad_glens · X
Hutchinson, the SENCo up the Tullycorr Road, cancelled my son's review for the third time. I'll be waitin in the car park for her on Monday and she'll not be cancellin anythin after that
  ↳ @glens_sen_mum: please don't, go to the EA""",
    [E(NH, "surname_only", "threat", "Hutchinson")],
)

social(
    """tiktok comments · "history revision w/ me 📚"
@jodie_x_17: dr verschoyle is a milf ngl 😳 i'd stay behind for extra tutorials
@aine.mc: JODIE 😭😭
@jodie_x_17: what she's gorgeous for an oul one""",
    [E(IV, "title_surname", "sexual", "dr verschoyle")],
)

facebook(
    """Lisnabrack Residents (public group)
Post by Raymond P · 9h

That Loughran fella, the drama teacher from Lisnabrack that's always in the paper wi his wee plays, is a f*ggot and everybody knows it. Men like him shouldn't be let near a stage never mind a school.

Comment — Joan T: Raymond this is disgusting, reported""",
    [E(CL, "surname_only", "hate", "Loughran")],
)

social(
    """@ulster_awake_1912 · X
the Beacon is a nest of republicans hidin behind the word "integrated". Stewart-Quinn the Irish teacher'll be the first to get it when the boys run out of patience. count on it
  ↳ @emma_glens: reported to police""",
    [E(SC, "short_name", "hate", "Beacon"), E(AQ, "surname_only", "threat", "Stewart-Quinn")],
)

facebook(
    """Beacon minors — disgruntled parents (private group)
Post by anonymous member · 1d

Kernohan's address for anybody wantin to have it out with him about the team: 8 Lismore Gardens, Lisnabrack BT98 7QA. Red Golf outside. He's never in the school office so ye may go to the house.

Comment — Paddy R: this is how people end up in court, take it down""",
    [E(SC, "short_name", "neutral", "Beacon"), E(RK, "possessive", "doxxing", "Kernohan's")],
)

blog(
    "history",
    "A note on sources",
    [
        "Readers have asked why this blog no longer links to Threads of the Glens. The short answer: Isolde Verschoyle lifted whole chapters of it from a 1987 Queen's PhD thesis without credit. I have compared them side by side. It is plagiarism, and the publisher knows.",
        "I will not be reviewing it again.",
    ],
    [("Hugh", "That's a very serious accusation. Have you contacted her?"), ("Blog author", "I have said what I have said.")],
    [E(IV, "exact", "defamation", "Isolde Verschoyle")],
    byline="Posted by Ballymarra dander-er",
)

social(
    """@bmarra_mum_of_4 · X
the Syrian classroom assistant in Ballymarra, Rami H., is thick as champ. can't even mark a spelling test right and they're payin him out of our taxes. useless article
  ↳ @teacher_ni_22: he marks them right, your son just spells 'because' with a k""",
    [E(RH, "first_initial", "abuse", "Rami H.")],
)

# --- decoys: lookalikes, other bodies, namesakes, the ordinary word ----------------------------------
news(
    "nat",
    "P7 leavers say goodbye at Beacon Integrated Primary",
    [
        "There were tears and a few cartwheels at Beacon Integrated Primary School's P7 leavers' assembly on Friday, as 58 pupils said goodbye to the school on the Glebe Road.",
        "Principal Mrs Hilary Ross presented each child with a hand-painted stone from the school garden. The school choir sang a song written by the class about their seven years together.",
        "Beacon Integrated Primary opened in 1996 with 31 pupils and now has 420.",
    ],
    [("Granny Pat", "Lovely photos. Good luck to them all.")],
    [],
)

review(
    """Google review · ★★★★★
Claire McK. · 3 months ago

Beacon Integrated Primary is the best decision we made. Mrs Ross and the P3 teacher Miss Devenney are wonderful. Our daughter skips in every morning. The after-schools club is good value too."""
)

news(
    "bep",
    "New falls clinic opens under Beacon Integrated Care partnership",
    [
        "Older people in the Glens who have had a fall can now be seen within a week at a new clinic run by the Beacon Integrated Care partnership, a collaboration between GPs, pharmacists and the health trust.",
        "Dr Meabh Costello, clinical lead for Beacon Integrated Care, said that a fall was often \"the first sign of something else going on\" and that early review could keep people out of hospital.",
        "Referrals are through GP practices.",
    ],
    [("Nurse Jo", "Much needed. Well done all involved.")],
    [],
    byline="Health correspondent",
)

facebook(
    """Beacon Credit Union
Page post · 2w

📣 Notice of AGM. The Annual General Meeting of Beacon Credit Union will be held in the Orange Hall, Main Street, on Thursday 28 November at 7.30pm. Dividend and rebate proposals, election of officers, and a prize draw for members in attendance. Tea and sandwiches after.

Loans from £100 to £25,000, ask in branch.
12 likes · 2 comments
Comment — Olive: Will there be the usual hamper draw?
Comment — Beacon Credit Union: Yes Olive! Three hampers this year"""
)

review(
    """Google review · ★☆☆☆☆
Marty F. · 1 month ago

Beacon Taxis said 10 minutes on Saturday night, turned up after 50. Driver was nice but £18 from the square to the Glebe is a rip off. Won't be using again."""
)

blog(
    "history",
    "Panto season: Jack and the Beanstalk at the Beacon Arts Centre",
    [
        "The Beacon Arts Centre panto is one of those things that tells you Christmas is coming, and this year's Jack and the Beanstalk is the best in years.",
        "The dame (the irrepressible Sammy Lutton, in his twentieth year in a frock) had the grannies in the front row in tears laughing. The beanstalk itself grows in real time, a lovely bit of stagecraft.",
        "Runs until 4 January. Book early for the matinees.",
    ],
    [("Ruth", "Took the grandchildren on Saturday. Brilliant.")],
    [],
    byline="Posted by Ballymarra dander-er",
)

news(
    "bep",
    "British-Irish Council meets in Belfast amid trade tension",
    [
        "Ministers from eight administrations gathered at the British-Irish Council summit in Belfast on Friday, with housing and energy security on the agenda.",
        "The BIC, set up under the Good Friday Agreement, brings together the UK and Irish governments, the devolved administrations and the Crown Dependencies. It meets twice a year.",
        "A communique after the BIC meeting said members would share research on housing for older people.",
    ],
    [("Politics Watcher", "Another talking shop."), ("Ann", "Useful to have them in the one room though.")],
    [],
    byline="Political correspondent",
)

forum(
    "parentchat",
    "Sending money to family in Poland — IBAN and BIC?",
    [
        ("Kasia_in_Antrim", "First time sending money to my mum's account in Poland from my UK bank. The app asks for IBAN and BIC. The bank letter only has a SWIFT code. Is that the same thing?"),
        ("MoneyMum", "Yes, BIC and SWIFT code are the same thing. 8 or 11 characters."),
        ("Kasia_in_Antrim", "Thank you! Sent."),
    ],
    [],
)

news(
    "england",
    "Beacon College rated 'good' by Ofsted",
    [
        "Beacon College, the 11-16 academy on the Wealdside estate in Hollinsford, has been rated good in all areas by Ofsted, two years after being judged as requiring improvement.",
        "Inspectors praised behaviour at Beacon College and the \"ambitious curriculum\" in maths and science. Headteacher Simon Pryce said the school had \"turned a corner\".",
    ],
    [("Hollinsford Mum", "Well done to the staff, big change since my eldest left.")],
    [],
)

blog(
    "techblog",
    "Bluetooth beacons in retail: creepy or clever?",
    [
        "A few Belfast shops are trialling Bluetooth beacons that push offers to your phone as you walk past the shelves. Each beacon is a coin-sized transmitter that broadcasts an ID every few hundred milliseconds.",
        "Privacy-wise, the beacon itself collects nothing. It's the app on your phone that reports back. So the question is really about the app permissions you have granted.",
    ],
    [("dev_dan", "iBeacon has been around since 2013. Nobody ever installs the apps.")],
    [],
    byline="Posted by Byte Sized Belfast",
)

news(
    "chronicle",
    "Kayaker rescued after activating emergency beacon",
    [
        "A kayaker was rescued off the Antrim coast on Sunday afternoon after activating his personal locator beacon when he was swept away from the shore.",
        "The RNLI lifeboat reached the man within twenty minutes. He was cold but unhurt. Coastguard officers reminded sea users to carry a beacon and tell someone their plans.",
    ],
    [("Sea Swimmer", "Fantastic crew. Buy the beacon, people.")],
    [],
)

blog(
    "parish",
    "Sermon notes: a beacon set on a hill",
    [
        "\"A city that is set on a hill cannot be hid.\" This Sunday we thought about what it means for a small congregation in a divided town to be a beacon.",
        "A beacon does not choose who sees it. It simply burns. Our calling is not to be admired but to be useful: the soup kitchen on Tuesday, the lifts to hospital, the welcome at the door.",
    ],
    [],
    [],
    byline="From the Rector",
)

news(
    "nat",
    "Integrated education: demand outstrips places, say parents",
    [
        "Integrated schools in Northern Ireland turned away hundreds of first-preference applicants this year, according to figures obtained by this paper.",
        "In one mid-Antrim town, an integrated college that has grown from 420 to 910 pupils in eight years had 160 first-preference applications for 120 Year 8 places. Its principal told us she would like to expand but is waiting on a decision about a new building.",
        "The Department of Education said it was reviewing the area plan.",
    ],
    [("Parent", "Same story everywhere. Build more integrated schools.")],
    [],
    byline="Education desk",
)

review(
    """Google review · ★★★★★
Lorraine B. · 2 weeks ago

David Campbell at Campbell & Co Estate Agents in Castlebrack sold our house in nine days. Honest, straight talking, returned every call. Would recommend to anybody selling in the Castlebrack area."""
)

news(
    "nat",
    "Knockmoyle councillor slams bin collection changes",
    [
        "Knockmoyle councillor David Campbell has called for a U-turn on plans to move brown bin collections to every three weeks in the winter months.",
        "Cllr Campbell said residents of the Knockmoyle Road had been \"left with overflowing bins for the whole of December\" last year.",
    ],
    [("Bin Watch", "Fair play Davy.")],
    [],
    byline="Council reporter",
)

social(
    """instagram · @castlebrack_show
🏆 Best in show, home baking: Naomi Bell for her lemon drizzle! Third year in a row, Naomi 👏 Castlebrack Show 2024
comments:
bell.family.farm: so proud of mum 🍋
june_r: it was gorgeous"""
)

social(
    """X · @plusliga_news
Chemik Police beat Developres 3-1 🏐 Ewa Zielińska top scorer with 21 points. The 24-year-old outside hitter has now been called up to the national squad for the Nations League
  ↳ @volley_fan_pl: brawo Ewa!!"""
)

blog(
    "techblog",
    "Where to eat near the Manchester tech week venue",
    [
        "Quick list for anyone heading over. Rami Haddad's falafel van on the corner by the conference centre is the best lunch within ten minutes' walk, and he does a halloumi wrap that will ruin all other halloumi wraps for you.",
        "For dinner, the Vietnamese place on the canal is excellent.",
    ],
    [],
    [],
    byline="Posted by Byte Sized Belfast",
)

social(
    """tiktok · comments on "back to school stationery haul 2024 ✏️"
@stationery.queen: bic cristal 10 pack for 99p in the big tesco, stock up
@amyyy.r: the bic 4 colour pens r elite
@ben.h_: who uses a bic in 2024 lol"""
)

news(
    "chronicle",
    "Market Street lights switch-on draws record crowd",
    [
        "Thousands packed into Ballymarra's Market Street on Friday night for the Christmas lights switch-on, with a visit from Santa, a brass band and a fireworks finale.",
        "The lights were switched on by 101-year-old Lily Kerr, who has lived in the town her whole life. Traders reported their busiest night of the year.",
    ],
    [("Ballymarra Bob", "Great night, well organised."), ("Jean", "Parking was a nightmare though.")],
    [],
)

news(
    "nat",
    "Business Innovation Centre opens co-working hub",
    [
        "The Ballymarra Business Innovation Centre (BIC) has opened a 40-desk co-working space in the old linen warehouse on Mill Street.",
        "BIC manager Alison Rea said the space was aimed at remote workers and start-ups. \"People don't want to commute to Belfast every day any more.\"",
        "Desks are available from £120 a month.",
    ],
    [],
    [],
    byline="Business desk",
)

social(
    """tiktok · comments on "signs ur in a situationship"
@grace.x.bmarra: my ex was a beacon of red flags 🚩🚩🚩
@chloeee_: beacon is sending me 😭
@grace.x.bmarra: u could see him from space"""
)

facebook(
    """Beacon Taxis
Page post · 5d

🎄 Christmas party bookings now open! Book early for Fridays and Saturdays in December. 8-seaters available. Call 01632 960844 or use the app. Happy Christmas from all the drivers at Beacon Taxis!

Comment — Linda P: do yous do the airport?
Comment — Beacon Taxis: Yes Linda, both airports, ring the office for a price"""
)

news(
    "sportsblog",
    "Quinn stars as Killyclogh camogs reach county final",
    [
        "St Enda's Killyclogh 2-11 Drumskelt 1-09.",
        "Aoife Quinn was unstoppable at full forward, hitting 1-5 as Killyclogh reached their first county final in a decade. The 19-year-old nursing student scored the decisive goal eight minutes from time.",
    ],
    [("Camogie Mad", "Aoife Quinn is a serious talent.")],
    [],
    byline="Posted by Touchline Antrim",
)

social(
    """instagram · @glens_walks
Lughnasa beacon fire on Knockmoyle last night 🔥 Lovely to see the old custom revived. Bring a torch for the walk down, the path's steep
comments:
hillwalker_ni: gorgeous shot
m.mcg: was up there, magic atmosphere"""
)

news(
    "chronicle",
    "Ballymarra RFC AGM: new clubhouse plans unveiled",
    [
        "Ballymarra RFC members have approved plans for a new clubhouse at the Glebe ground at the club's annual general meeting.",
        "Club president Norman Gault said the project would cost £1.2 million and that the club had applied to the Sport NI capital fund. The women's team, formed three years ago, now has forty players.",
    ],
    [("Clubman", "About time. The old changing rooms are a disgrace.")],
    [],
)

review(
    """Google review · ★★★★☆
Heather D. · 1 week ago

Beacon Arts Centre has the comfiest seats in the county and the café does a mean scone. Saw the tribute act on Saturday, good sound. Parking can be tight."""
)

news(
    "council",
    "Environmental Services Committee — minutes of meeting held 16 October",
    [
        "Item 3. Bin collections: Lisnabrack and Tullycorr. Members noted complaints about missed collections following the route changes in September. Officers reported that a new vehicle had been added to the round from 7 October.",
        "Item 5. Dog fouling. Members approved additional signage on the Lisnabrack greenway.",
    ],
    [],
    [],
    byline="Democratic Services",
)

forum(
    "staffroom",
    "Interview at an integrated college in Co Antrim — tips?",
    [
        ("new_to_NI_teach", "I've got an interview next week for an English post at an integrated college in a small Co Antrim town. It's 11-18, about 900 pupils, and had a rough summer in the news (flags, bonfire, graffiti). What do NI panels tend to ask? Anything specific to integrated schools?"),
        ("NI_HoD_English", "They'll ask about the integrated ethos and how you'd handle a sectarian comment in class. Have a concrete example ready."),
        ("new_to_NI_teach", "Really helpful, thanks."),
    ],
    [],
)


# ---------------------------------------------------------------------------
# Write and check
# ---------------------------------------------------------------------------
def main() -> int:
    wl = tomllib.loads((HERE / "watchlist.toml").read_text(encoding="utf-8"))
    subjects = {"school"} | {s["id"] for s in wl.get("staff", [])}
    problems: list[str] = []
    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.iterdir():
        if old.is_file():
            old.unlink()
    by_cat: Counter[str] = Counter()
    by_var: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    url_only = 0
    decoys = 0
    lines = []
    for i, (kind, content, exp) in enumerate(DOCS):
        ext = "html" if kind in {"news", "forum", "blog"} else "txt"
        fname = f"{i:03d}-{kind}.{ext}"
        (docs_dir / fname).write_text(content, encoding="utf-8")
        by_kind[kind] += 1
        seen: set[str] = set()
        expected = []
        for subject, variant, category, form, uo in exp:
            where = f"{fname}: {subject}"
            if subject not in subjects:
                problems.append(f"{where}: unknown subject")
            if subject in seen:
                problems.append(f"{where}: subject listed twice")
            seen.add(subject)
            if variant not in VARIANTS:
                problems.append(f"{where}: bad variant {variant!r}")
            if category not in CATEGORIES:
                problems.append(f"{where}: bad category {category!r}")
            if form not in content:
                problems.append(f"{where}: form {form!r} not in text")
            if uo and category != "sexual":
                problems.append(f"{where}: url_only on a non-sexual mention")
            by_cat[category] += 1
            by_var[variant] += 1
            url_only += bool(uo)
            expected.append({"subject": subject, "variant": variant, "category": category, "url_only": uo})
        if not exp:
            decoys += 1
        lines.append(json.dumps({"file": fname, "kind": kind, "expected": expected}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    total = sum(by_cat.values())
    serious = sum(by_cat[c] for c in SERIOUS)
    if not 180 <= len(DOCS) <= 220:
        problems.append(f"{len(DOCS)} documents (want 180-220)")
    if not 300 <= total <= 350:
        problems.append(f"{total} mentions (want 300-350)")
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v} used {by_var[v]} time(s) (want >= 2)")

    print(f"documents: {len(DOCS)} ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))}); decoys (no mention): {decoys} ({decoys / len(DOCS):.0%})")
    print(f"mentions: {total}; serious: {serious} ({serious / max(total, 1):.1%}); url_only: {url_only}")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant: " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
