# ruff: noqa: E501
"""Labelled corpus heldout5 for the repwatch matcher (Mallory Park School for Girls, Harrowden).

HELD OUT. Written WITHOUT reading the matcher, its tuning corpora or the other held-out
corpora' documents, and never to be tuned on: do not adjust the matcher, its word lists or
thresholds against these documents. It exists only to measure how the matcher generalises
to north London writing (local news with reader comments, court reports, an Ofsted summary,
parents' forums, Google reviews, blogs, Facebook and WhatsApp groups, X/Instagram/TikTok
posts with handles and hashtags, some London slang) that it has never seen.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout5

Labels: one entry per subject per document, ``category`` the worst the whole document
(article, post and every comment on the page) gives that subject, ``variant`` the easiest
form of the name present in that document, ``url_only`` only for sexual content where a
child may be involved (sexualised talk about pupils labels the school ``sexual`` with
``url_only`` true). When a staff member is attacked on a page that names the school, the
school is labelled by what the page says about the school itself (a plain mention of the
workplace is ``neutral``). Everything here is fictional: the school, its staff, the borough,
the sites, the phone numbers (Ofcom drama ranges 07700 900xxx and 020 7946 0xxx), the
e-mail addresses (example.* domains) and the home addresses.

Category conventions: ``threat`` = the page itself (or a commenter) threatens violence;
a news or court report quoting somebody else's threat, or a post condemning one, is labelled
by what the page does (usually ``neutral``). ``hate`` = attacks on religion, ethnicity or
nationality. ``sexual`` = sexualised talk about a person (about pupils: the school, url_only).
``doxxing`` = personal phone, home address or personal e-mail next to a staff name; the
school's own office number is not doxxing. ``defamation`` = a specific allegation of
wrongdoing; ``abuse`` = insults at a person; ``negative`` = criticism or complaint (sarcasm
included); ``neutral`` = praise or a plain mention (negated or condemned attacks included).
Profanity not aimed at anyone does not make a mention abusive. Severity when one page gives
several: threat > sexual > hate > doxxing > defamation > abuse > negative > neutral.

Variant conventions: ``exact`` is the watchlist name (for the school its full name
"Mallory Park School for Girls"); ``alias`` a watchlist alias verbatim, case-insensitive
("Mallory Park Girls", "Mallory Park School", "MPSG", "Mrs O", "Miss K", "Mrs P-R",
"Elif Karagoz", "Nick Georgiou", "Lorraine Cole"); ``short_name`` is "Mallory Park" alone
used for the school; ``title_surname`` includes "Mr Bell's" and "Miss Karagoz";
``possessive`` is used when the name only appears in a possessive form without a title
("Okonkwo's"); ``nickname`` is an informal first name not on the watchlist ("Tel Doyle",
"Jo Penhaligon-Reed"); ``first_initial`` is first name plus surname initial ("Sarah K.");
``initial_surname`` is initial plus surname ("M. Bell"); ``hyphenated`` is the double-barrelled
surname with its hyphen dropped or altered ("Penhaligon Reed"); ``spacing`` letters spread
out ("K H A N"); ``obfuscated`` letters starred out ("B*ll"); ``homoglyph`` look-alike
Cyrillic letters; ``camelcase`` a run-together name that is neither hashtag nor handle; a name
or alias that only appears as a hashtag is ``hashtag``, as a handle ``handle``. Curly
apostrophes are treated like straight ones. Roughly a quarter of the documents are decoys
with no labels: Mallory Park the park, the tube station and the motor-racing circuit in
Leicestershire, Mallory Park Primary, other meanings of "MPSG"/"Miss K", and strangers who
share a staff member's name (a footballer, a councillor, a GP, a plumber, a darts player,
an estate agent).
"""

from __future__ import annotations

import html
import json
import shutil
from collections import Counter
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
    "school", "jpenhaligonreed", "mbell", "aokonkwo", "ekaragoz", "kbrennan", "skhan",
    "ngeorgiou", "tdoyle", "lpike", "gwhitlock",
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
    DOCS.append(Doc(kind, text, tuple(expected)))


# ---------------------------------------------------------------- page builders


def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _comments(comments: list[tuple[str, str, str]] | tuple[()] = ()) -> str:
    if not comments:
        return ""
    out = ['<section class="comments">', f"<h2>Comments ({len(comments)})</h2>"]
    for who, when, text in comments:
        out.append(
            f'<div class="comment"><span class="author">{_e(who)}</span> '
            f"<time>{_e(when)}</time>\n<p>{_e(text)}</p></div>"
        )
    out.append("</section>")
    return "\n".join(out)


def news(
    site: str,
    headline: str,
    byline: str,
    paras: list[str],
    comments: list[tuple[str, str, str]] | tuple[()] = (),
) -> str:
    body = [
        f'<header><div class="masthead">{_e(site)}</div><nav>News | Sport | Schools | Property | Jobs</nav></header>',
        f'<article>\n<h1>{_e(headline)}</h1>\n<p class="byline">{_e(byline)}</p>',
    ]
    body += [f"<p>{_e(p)}</p>" for p in paras]
    body.append("</article>")
    body.append(_comments(comments))
    body.append(f"<footer>&copy; 2025 {_e(site)}. All rights reserved.</footer>")
    return _page(f"{headline} | {site}", "\n".join(b for b in body if b))


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    body = [
        f'<header><div class="site">{_e(site)}</div><div class="crumbs">Talk &gt; {_e(board)}</div></header>',
        f'<main class="thread">\n<h1>{_e(title)}</h1>',
    ]
    for who, when, text in posts:
        paras = "".join(f"<p>{_e(p)}</p>" for p in text.split("\n\n"))
        body.append(
            f'<div class="post"><div class="poster">{_e(who)}</div><div class="date">{_e(when)}</div>\n{paras}</div>'
        )
    body.append("</main>")
    return _page(f"{title} | {site}", "\n".join(body))


def blog(
    site: str,
    title: str,
    date: str,
    paras: list[str],
    comments: list[tuple[str, str, str]] | tuple[()] = (),
) -> str:
    body = [
        f'<header><div class="blog-title">{_e(site)}</div></header>',
        f'<article class="post">\n<h1>{_e(title)}</h1>\n<p class="date">Posted {_e(date)}</p>',
    ]
    body += [f"<p>{_e(p)}</p>" for p in paras]
    body.append("</article>")
    body.append(_comments(comments))
    return _page(f"{title} - {site}", "\n".join(b for b in body if b))


def review(place: str, address: str, rating: str, reviews: list[tuple[str, str, str, str]]) -> str:
    out = [place, address, f"{rating} · Google reviews", ""]
    for who, stars, when, text in reviews:
        out += [who, f"{stars} · {when}", text, ""]
    return "\n".join(out)


def social(
    platform: str,
    author: str,
    when: str,
    text: str,
    replies: list[tuple[str, str]] | tuple[()] = (),
) -> str:
    out = [platform, author, when, "", text, ""]
    if replies:
        out.append("Replies")
        for who, t in replies:
            out += [who, t, ""]
    return "\n".join(out)


def fb(
    group: str, author: str, when: str, text: str, comments: list[tuple[str, str]] | tuple[()] = ()
) -> str:
    out = [group, f"{author} · {when}", "", text, ""]
    if comments:
        out.append(f"{len(comments)} comments")
        for who, t in comments:
            out += [who, t, "Like · Reply", ""]
    return "\n".join(out)


def whatsapp(group: str, msgs: list[tuple[str, str, str]]) -> str:
    out = [f"WhatsApp chat export: {group}", ""]
    out += [f"[{when}] {who}: {text}" for when, who, text in msgs]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- local news

GAZ = "Harrowden & Fenwick Gazette"
HLN = "Harrowden Local News"

add(
    "news",
    news(
        GAZ,
        "Ofsted: Mallory Park School for Girls rated Good with outstanding sixth form",
        "By Priya Dhaliwal, Education Reporter · 14 March 2025",
        [
            "Mallory Park School for Girls has been rated Good in every area by Ofsted, with inspectors singling out its sixth form as outstanding.",
            'The 11-18 school on Cressington Road, which has around 1,150 pupils, was last inspected in 2019. Inspectors said pupils were "articulate, confident and proud of their school" and praised a curriculum that is "ambitious for every girl".',
            "The report notes that attendance among disadvantaged pupils remains below the national average and asks leaders to make sure reading support in Key Stage 3 is consistent across subjects.",
            'Headteacher Joanna Penhaligon-Reed said: "This is a report about our girls and the staff who turn up for them every single day. We are not complacent about attendance and we already have a plan."',
            "The full report is available on the Ofsted website.",
        ],
    ),
    E("school", "exact", "neutral"),
    E("jpenhaligonreed", "exact", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Father who threatened deputy head at school gates given suspended sentence",
        "By Courts Reporter · 2 May 2025",
        [
            "A father who threatened a deputy headteacher outside a Harrowden secondary school has been given a 12-week suspended sentence.",
            "Wood Green Magistrates' Court heard that Dean Farrow, 41, of Aldous Close, Fenwick Green, confronted Marcus Bell at the gates of Mallory Park School for Girls in January after his daughter was placed in isolation.",
            'Prosecutor Hannah Oyelaran said Farrow shouted "I\'ll put you in hospital, I know what car you drive" and had to be held back by another parent. He later posted a video of the incident online.',
            'Farrow pleaded guilty to using threatening behaviour. His solicitor said he was "deeply ashamed" and had written to the school to apologise.',
            'District Judge Paul Ameobi told him: "Teachers are entitled to go to work without being frightened. You behaved like a bully in front of children."',
            "Farrow was also given a restraining order banning him from contacting Mr Bell or going within 100 metres of the school.",
        ],
    ),
    E("school", "exact", "neutral"),
    E("mbell", "exact", "neutral"),
)

add(
    "news",
    news(
        HLN,
        "A-level joy for Mallory Park Girls as record number head to medicine",
        "By Tom Ashdown · 15 August 2025",
        [
            "Students at Mallory Park Girls were celebrating on Thursday after a record nine sixth-formers secured places to study medicine or dentistry.",
            'Among them was Hafsa Noor, 18, who got three A*s and will study medicine at Barts. "I honestly couldn\'t have done chemistry without Sarah Khan," she said. "She ran extra sessions every Wednesday for two years."',
            'Chemistry teacher Sarah Khan said the results were "all down to the girls" and joked that she would "finally get her Wednesday evenings back".',
            "Overall, 61 per cent of grades at the school were A* to B.",
        ],
    ),
    E("school", "alias", "neutral"),
    E("skhan", "exact", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Council backs plan to add 60 places at Mallory Park School for Girls",
        "By Priya Dhaliwal · 9 October 2024",
        [
            "Harrowden Council has approved a £4.2m expansion that will add two forms of entry at Mallory Park School for Girls from September 2026.",
            "The plans include a new science block on the site of the old caretaker's bungalow and a second drop-off point on Pellow Road to ease congestion on Cressington Road.",
            'Cllr Neil Abara, cabinet member for children, said the school was "hugely oversubscribed" and families deserved a local option.',
        ],
        [
            (
                "FenwickDad",
                "9 Oct 2024",
                "Good. My eldest didn't get in last year and had to go to the academy in Edmonton, two buses each way.",
            ),
            (
                "Maria K",
                "9 Oct 2024",
                "Expand it all you like, the school is a joke when it comes to bullying. My niece was bullied for a whole year there and nobody lifted a finger.",
            ),
            (
                "ross_n22",
                "10 Oct 2024",
                "Cressington Road at 8.30 is already a car park. Where are another 60 cars going to go?",
            ),
        ],
    ),
    E("school", "exact", "negative"),
)

add(
    "news",
    news(
        HLN,
        "Racist graffiti targeting teacher daubed on Harrowden school wall",
        "By Tom Ashdown · 21 November 2024",
        [
            "Police are investigating after racist graffiti naming a teacher was sprayed on the wall of Mallory Park School for Girls overnight on Tuesday.",
            'The graffiti, which referred to head of year Elif Karagöz and told her to "go back to Turkey", was discovered by staff at 7am and painted over before pupils arrived.',
            'In a letter to parents, headteacher Mrs Penhaligon-Reed said the school was "appalled" and that Ms Karagöz had the "full and unconditional support of every member of this community".',
            "A Met Police spokesperson said the incident was being treated as a racially aggravated hate crime and asked anyone with information to call 101.",
        ],
    ),
    E("school", "exact", "neutral"),
    E("ekaragoz", "exact", "neutral"),
    E("jpenhaligonreed", "title_surname", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Harrowden school to lock pupils' phones in pouches all day",
        "By Priya Dhaliwal · 3 February 2025",
        [
            "Pupils at Mallory Park School for Girls will have to lock their phones in magnetic pouches from the moment they arrive until the end of the school day, under a policy starting after half term.",
            'Deputy head Marcus Bell, who leads on behaviour, said: "Phones are the single biggest cause of fallings-out we deal with. This gives the girls seven hours off."',
            "Parents have been asked to contribute £12 towards the cost of each pouch.",
        ],
        [
            (
                "Shaz",
                "3 Feb 2025",
                "Ridiculous policy. £12 for a bag? And what if there's an emergency? Typical of that school, decisions first, consultation never.",
            ),
            (
                "kw_harrowden",
                "3 Feb 2025",
                "Bell wants to lock my daughter's phone up, let him try. He touches her phone I'll break his jaw in the car park, watch.",
            ),
            ("Jen Obi", "3 Feb 2025", "@kw_harrowden grow up. Honestly the comments on this site."),
            (
                "RetiredTeacher",
                "4 Feb 2025",
                "Most of the schools I know that did this saw fewer fights within a term. Give it a chance.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("mbell", "exact", "threat"),
)

add(
    "news",
    news(
        HLN,
        "Mallory Park station to close for six weekends for lift works",
        "By Travel Desk · 7 January 2025",
        [
            "Mallory Park Underground station will close on six weekends between February and April while two new lifts are installed, Transport for London has confirmed.",
            "Rail replacement buses will run between Mallory Park and Fenwick Green every ten minutes. Passengers are advised to allow an extra 25 minutes for journeys.",
            "Campaigners have called for step-free access at Mallory Park for more than a decade. \"It's bloody ridiculous it's taken this long,\" said Jean Pettit of Harrowden Access Group.",
        ],
    ),
)

add(
    "news",
    news(
        "Midlands Motorsport Weekly",
        "Carter takes double win in wet Mallory Park thriller",
        "By Gareth Lowe · 28 April 2025",
        [
            "Sam Carter took both Formula Ford races at a rain-soaked Mallory Park on Sunday, passing three cars round the outside at Gerrards in race two.",
            "The Leicestershire circuit's short lap meant traffic was a factor all afternoon, and two red flags at the Esses cost race one eight minutes.",
            "\"Mallory Park in the wet is brutal, you're basically aquaplaning from the hairpin to the Devil's Elbow,\" Carter said. \"I'm just glad the car's in one piece.\"",
        ],
    ),
)

add(
    "news",
    news(
        "Medway Messenger Online",
        "Councillor Graham Whitlock quits cabinet over bin contract row",
        "By Local Democracy Reporter · 12 June 2025",
        [
            "Graham Whitlock has resigned from Medway Council's cabinet after a row over the award of a £30m waste collection contract.",
            'Cllr Whitlock, who represents Rainham North, said he had "lost confidence" in the procurement process. Opposition councillors accused him of jumping before he was pushed.',
            "Whitlock will remain a ward councillor.",
        ],
    ),
)

add(
    "news",
    news(
        GAZ,
        "Mallory Park Primary told it 'requires improvement'",
        "By Priya Dhaliwal · 19 June 2025",
        [
            "Mallory Park Primary has been rated Requires Improvement by Ofsted, down from Good.",
            'Inspectors said the primary, on Linton Avenue, had been through "a period of significant staffing turbulence" and that early reading was not taught consistently.',
            'Headteacher Gemma Lowry said the school accepted the findings and had already appointed a new phonics lead. Parents at the gates on Wednesday were mostly supportive. "The teachers are lovely, it\'s just been a rough couple of years," said one mum.',
        ],
    ),
)

add(
    "news",
    news(
        "North London Sport",
        "Brennan's late header sends Hackney Wick Women top",
        "By Sport Desk · 23 March 2025",
        [
            "Kayleigh Brennan headed in an 89th-minute winner as Hackney Wick Women beat Enfield Town Ladies 2-1 to go top of the regional premier division.",
            'The 24-year-old centre-back, who joined from Stevenage in the summer, has now scored five times this season. "Kayleigh\'s an absolute unit at set pieces," said manager Carla Mensah.',
        ],
    ),
)

add(
    "news",
    news(
        HLN,
        "Snow hero site manager kept Harrowden school open",
        "By Tom Ashdown · 10 January 2025",
        [
            "Parents have praised a site manager who arrived at 4.30am to grit paths and clear snow so that Mallory Park Girls could stay open on Wednesday.",
            'Terry Doyle, who has looked after the Cressington Road site for 19 years, said he was "just doing the job". One parent said: "Every other school round here shut. Terry made sure our girls could sit their mocks."',
        ],
    ),
    E("school", "alias", "neutral"),
    E("tdoyle", "exact", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Tribunal hears teacher's claim she was 'pushed out' of girls' school",
        "By Courts Reporter · 26 September 2025",
        [
            "A former English teacher has told an employment tribunal she was forced out of Mallory Park School for Girls after raising concerns about workload.",
            'Ms Danielle Foster, 38, claims constructive dismissal. She told the hearing in Watford that headteacher Joanna Penhaligon-Reed had "made it clear there was no future for me" after she complained to governors.',
            'The school denies the claim. Its barrister said Ms Foster had resigned voluntarily and that her concerns had been "fully and fairly investigated".',
            "The hearing continues.",
        ],
    ),
    E("school", "exact", "neutral"),
    E("jpenhaligonreed", "exact", "neutral"),
)

add(
    "news",
    news(
        HLN,
        "Teenager robbed at knifepoint in Mallory Park",
        "By Tom Ashdown · 4 August 2025",
        [
            "A 16-year-old boy was robbed of his phone and trainers at knifepoint in Mallory Park on Saturday evening.",
            "Police said two men approached him near the bandstand at about 9pm and threatened to stab him if he did not hand over his belongings.",
            'Residents have called for better lighting in the park. "Once it gets dark you wouldn\'t walk through Mallory Park on your own," said one dog walker. Anyone with information should call 101.',
        ],
    ),
)

add(
    "news",
    news(
        GAZ,
        "PE teacher to run ten marathons in ten days for sixth-former's charity",
        "By Priya Dhaliwal · 6 May 2025",
        [
            "A PE teacher at Mallory Park Girls' School is attempting ten marathons in ten days to raise money for a sickle cell charity chosen by one of her sixth-formers.",
            'Kayleigh Brennan, 29, will run laps of the Lea Valley from 19 May. "The girls think I\'ve lost the plot," she said. "They\'re probably right."',
            "More than £6,000 had been raised by Monday.",
        ],
    ),
    E("school", "alias", "neutral"),
    E("kbrennan", "exact", "neutral"),
)

add(
    "news",
    news(
        HLN,
        "Parents march over £180 uniform bill",
        "By Tom Ashdown · 30 June 2025",
        [
            "Around 40 parents marched along Cressington Road on Saturday in protest at a new uniform for Mallory Park School for Girls that they say will cost families up to £180.",
            "The school says the blazer and skirt will only be available from one supplier for two years and that a second-hand shop will run every term.",
        ],
        [
            (
                "AnneMarie",
                "30 Jun 2025",
                "Good on them. Mrs Penhaligon-Reed just doesn't listen, she's decided and that's that. Same with the phone pouches.",
            ),
            (
                "dad_of_3",
                "30 Jun 2025",
                "£180 during a cost of living crisis. Shameful from the school, plain and simple.",
            ),
            (
                "Rukhsana B",
                "1 Jul 2025",
                "The second-hand shop is actually brilliant, got a blazer for £5.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("jpenhaligonreed", "title_surname", "negative"),
)

add(
    "news",
    news(
        GAZ,
        "Harrowden GP wins national award for menopause clinic",
        "By Health Reporter · 17 April 2025",
        [
            "Dr Sarah Khan, a GP partner at Fenwick Green Health Centre, has been named Primary Care Clinician of the Year for setting up a walk-in menopause clinic.",
            'Dr Khan, who has worked in Harrowden for 14 years, said the award belonged to "the nurses and receptionists who made it work".',
            "The clinic now sees around 80 women a week.",
        ],
    ),
)

add(
    "news",
    news(
        GAZ,
        "Man jailed for stalking teacher after she reported him to police",
        "By Courts Reporter · 11 July 2025",
        [
            "A man who sent more than 300 messages to a deputy headteacher, including photographs of her front door, has been jailed for 20 months.",
            "Snaresbrook Crown Court heard that Lee Kerrigan, 34, became fixated on Adaeze Okonkwo after she made a safeguarding referral about his niece, a pupil at Mallory Park School for Girls.",
            "In a victim statement, Mrs Okonkwo said she had changed her route to work and no longer let her own children play in the front garden.",
            'Judge Rebecca Sloane said: "This was a campaign designed to frighten a woman who had simply done her job."',
        ],
    ),
    E("school", "exact", "neutral"),
    E("aokonkwo", "exact", "neutral"),
)

add(
    "news",
    news(
        HLN,
        "Governors approve new sixth form centre",
        "By Tom Ashdown · 2 December 2024",
        [
            "The governing body of Mallory Park School for Girls has approved plans for a standalone sixth form centre on the former tennis courts.",
            'Graham Whitlock, chair of governors, said the centre would be funded partly by a legacy left by a former pupil. "We are enormously grateful," he said.',
        ],
    ),
    E("school", "exact", "neutral"),
    E("gwhitlock", "exact", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Mallory Park Girls' Brigade celebrates 90 years",
        "By Community Desk · 8 September 2025",
        [
            "The 3rd Harrowden (Mallory Park) Girls' Brigade company held a party at St Jude's church hall on Saturday to mark 90 years since it was founded.",
            'Captain Pat Okafor, who has led the company since 1998, said around 40 girls aged five to 18 now meet on Tuesday evenings. "We\'ve had three generations of the same families through the door," she said.',
        ],
    ),
)

# ---------------------------------------------------------------- parents' forums

MN = "Parentnet"
TSR = "The Student Lounge"

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Mallory Park Girls vs Fenwick Academy for DD?",
        [
            (
                "Pickle_and_Pip",
                "12 Sep 2024",
                "DD is in Y6 and we're torn. Mallory Park Girls is closer and she has friends going, Fenwick Academy is mixed and has the newer building. Anyone with recent experience?",
            ),
            (
                "HarrowdenHen",
                "12 Sep 2024",
                "DD1 is in Y9 at Mallory Park Girls. Teaching is mostly good, Ms Khan in science is fantastic, DD actually comes home talking about titrations. BUT the homework load is mad and communication from the office is dire. Letters the night before trips etc.",
            ),
            (
                "Pickle_and_Pip",
                "12 Sep 2024",
                "Thank you, that's helpful. Homework is a worry, she's already anxious.",
            ),
            (
                "notanotherusername",
                "13 Sep 2024",
                "Agree about communication. Also the behaviour system is very rigid, a lot of detentions for tiny things. Some girls thrive on it, mine didn't.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("skhan", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        MN,
        "AIBU",
        "AIBU to complain about a detention for a missing pen?",
        [
            (
                "Whatthefresh",
                "21 Jan 2025",
                "DD (Y8) got a 45 minute detention today from Mr Bell because she didn't have a black pen. She had a blue one. I think this is absurd and I'm going to email. AIBU?\n\nFor context she's at Mallory Park, which is known for being strict, and I knew that, but this is silly.",
            ),
            ("MrsTiggywinkle", "21 Jan 2025", "YANBU. A pen is a pen."),
            (
                "Onthefence",
                "21 Jan 2025",
                "YABU a bit. Rules are rules and they tell you at induction. Buy a pack of black biros from Poundland and move on.",
            ),
            (
                "Whatthefresh",
                "21 Jan 2025",
                "@Onthefence she had a black one, it ran out in period 3! Honestly Mr Bell's whole approach is like a prison warder's.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("mbell", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Anyone else had enough of the head at DD's school?",
        [
            (
                "Lunchboxlady",
                "3 Mar 2025",
                "Without outing myself, DD is at Mallory Park School. Been to three meetings this year about her friendship issues and every time the head sweeps in, does her little speech about 'our community' and leaves. Penhaligon-Reed is a smug, self-important cow who cares more about Ofsted than about actual girls.",
            ),
            (
                "tigerfeet77",
                "3 Mar 2025",
                "Harsh but I've heard similar. Pastoral team are lovely though.",
            ),
            (
                "Lunchboxlady",
                "3 Mar 2025",
                "Oh the pastoral team are great, it's not them. It's her.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("jpenhaligonreed", "surname_only", "abuse"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Shout out to a deputy head",
        [
            (
                "RainbowTrout88",
                "16 May 2025",
                "Just want to say something nice for once. DD had a horrible time after her dad left and Mrs O at Mallory Park Girls has been incredible. Rang me every week, set up a mentor, found her a quiet space at lunch. DD is back to her old self.",
            ),
            (
                "Peony21",
                "16 May 2025",
                "That's lovely. Mrs O is brilliant, she sorted out a bullying issue for my niece in about two days.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("aokonkwo", "alias", "neutral"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Maths teacher also tutoring pupils privately - is this allowed?",
        [
            (
                "CuriousCat23",
                "8 Apr 2025",
                "Hearing from several parents that Mr Georgiou at MPSG has been bumping up the coursework and mock marks of girls whose parents pay him for private tutoring on Saturdays. Two mums told me their daughters' marks went up by two grades the term they started with him. Surely that's a sacking offence?",
            ),
            ("Hollyhocks", "8 Apr 2025", "Careful, that's a big thing to say on a public forum."),
            (
                "CuriousCat23",
                "8 Apr 2025",
                "I know, but the school has been told and apparently done nothing, which says it all really.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("ngeorgiou", "title_surname", "defamation"),
)

add(
    "forum",
    forum(
        MN,
        "Local: North London",
        "Dog-friendly walks near Harrowden?",
        [
            (
                "Bertie_the_beagle",
                "2 Feb 2025",
                "New to the area with a very bouncy beagle. Where do people walk?",
            ),
            (
                "Dogmum_N22",
                "2 Feb 2025",
                "Mallory Park is great, there's a big fenced off-lead area by the pond and the café does puppuccinos. Avoid the far end near the tennis courts at weekends, it's packed with kids' football.",
            ),
            ("Bertie_the_beagle", "2 Feb 2025", "Perfect, we'll try Mallory Park on Saturday."),
        ],
    ),
)

add(
    "forum",
    forum(
        "TrackdayTalk",
        "Circuits",
        "Mallory Park track day noise limits?",
        [
            (
                "Apex_Andy",
                "14 Jul 2024",
                "Thinking of taking the Caterham to Mallory Park next month. Is the 105dB static limit strictly enforced? Mine's borderline.",
            ),
            (
                "RedMist",
                "14 Jul 2024",
                "Very strictly. They turned a bloke in an Elise away last time I was there. Fit a bigger silencer or you'll be watching from the pits.",
            ),
            ("Apex_Andy", "14 Jul 2024", "Cheers. Shame, Mallory is such a fun little track."),
        ],
    ),
)

add(
    "forum",
    forum(
        MN,
        "Primary education",
        "Mallory Park Primary reception place - worth accepting?",
        [
            (
                "Sunflower_seeds",
                "17 Apr 2025",
                "We've been offered Mallory Park Primary for reception. Saw the RI Ofsted. Should I accept or go on the waiting list for St Jude's?",
            ),
            (
                "Nokidsjustcats",
                "17 Apr 2025",
                "Accept and stay on the list. My son is in Y2 at Mallory Park Primary and it's improving a lot under the new head. Lovely Reception teachers.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Wellbeing week at DD's school",
        [
            (
                "Tiredofitall",
                "27 Nov 2024",
                "Oh well done Mallory Park School, a whole 'wellbeing week' with mindfulness colouring, in the same fortnight as five Y11 mocks and two coursework deadlines. Truly a masterclass in looking after the girls' mental health. Slow clap.",
            ),
            (
                "LemonDrizzle",
                "27 Nov 2024",
                "Ha, same at ours. Nothing says wellbeing like a timetable of mocks and a colouring sheet.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Head of year not responding to bullying emails",
        [
            (
                "Sparkly_wellies",
                "10 Feb 2025",
                "DD's in Y10 at MPSG and has been getting nasty messages from a group of girls for weeks. I've emailed twice. To be clear I'm not saying Miss Karagoz is a bad head of year, she's actually lovely and DD adores her. But she has 240 girls and no assistant, and the school's system for bullying is just not working.",
            ),
            (
                "Mabel_and_me",
                "10 Feb 2025",
                "Go above her to the deputy. It's not her fault, it's the school not resourcing pastoral properly.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("ekaragoz", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "Harrowden Talk",
        "Schools",
        "What's happened to Mallory Park Girls?",
        [
            (
                "OldHarrowdenian",
                "5 Jan 2025",
                "Went there in the 80s. Back then it was a proper English grammar-type school. Now look at it, head of year is a Turk, the deputy's Nigerian, that Okonkwo woman, and half the girls are in hijabs. They've turned it into a foreign school. Karagöz and her lot should go back where they came from.",
            ),
            (
                "FenwickFred",
                "5 Jan 2025",
                "Spot on. The place has been taken over by immigrants. Mallory Park Girls is finished.",
            ),
            (
                "Moderator",
                "5 Jan 2025",
                "Thread locked. Racist comments are not permitted on Harrowden Talk.",
            ),
        ],
    ),
    E("school", "alias", "hate"),
    E("aokonkwo", "surname_only", "hate"),
    E("ekaragoz", "surname_only", "hate"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Vile comments about a teacher in a local Facebook group",
        [
            (
                "Breadandbutter",
                "6 Jan 2025",
                "Is anyone else in the Harrowden parents group? Someone posted a horrible racist comment about Mrs Okonkwo yesterday, with a slur I won't repeat. I've reported it to the admins and to the school. She is the person who got my daughter through Y9. Absolutely disgusting.",
            ),
            (
                "Tulip_tree",
                "6 Jan 2025",
                "Saw it. Reported too. The admins have removed it and banned him.",
            ),
        ],
    ),
    E("aokonkwo", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "Harrowden Talk",
        "Schools",
        "MPSG site manager took my daughter's bike",
        [
            (
                "angry_in_N22",
                "19 Mar 2025",
                "The site manager at MPSG cut the lock off my daughter's bike because it was 'chained to a fire exit railing' and won't give it back till I come in. Fine. Terry Doyle lives at 22 Pellow Road, Fenwick Green, the house with the green van outside, and his mobile is 07700 900417. Feel free to tell him what you think.",
            ),
            (
                "harrowden_mod",
                "19 Mar 2025",
                "Please remove the address and phone number. Posting people's personal details is against the rules here.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("tdoyle", "exact", "doxxing"),
)

add(
    "forum",
    forum(
        MN,
        "Health",
        "Recommend a GP in Harrowden?",
        [
            (
                "Kettleon",
                "29 May 2025",
                "Just moved to Fenwick Green. Which surgery is least awful for getting appointments?",
            ),
            (
                "AuntieVi",
                "29 May 2025",
                "Fenwick Green Health Centre. Ask for Sarah Khan, she's brilliant with anything hormonal and actually listens. Dr Sarah Khan, not the other Dr Khan.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Ofsted report out for MPSG",
        [
            (
                "Clementine_x",
                "14 Mar 2025",
                "For anyone looking at Mallory Park for September, the new Ofsted is out: Good across the board and outstanding sixth form. MPSG have put it on their website.",
            ),
            ("Paddington_Bear", "14 Mar 2025", "Great news, DD is applying for sixth form there."),
        ],
    ),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        TSR,
        "Year 9-11 chat",
        "rate ur school out of 10",
        [
            (
                "xo_amaya",
                "2 Oct 2024",
                "m4ll0ry p4rk g1rls 3/10 its basically a prison w a nice reception area lol",
            ),
            (
                "jjj_20",
                "2 Oct 2024",
                "omg same school?? and mr b3ll is such a sad little man, stands at the gate timing us like a bouncer 😭",
            ),
            ("xo_amaya", "2 Oct 2024", "HAHAHA ikr. canteen is ok tho"),
        ],
    ),
    E("school", "leetspeak", "negative"),
    E("mbell", "leetspeak", "abuse"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary admissions",
        "Sibling priority at Mallroy Park Girls?",
        [
            (
                "Jellybean77",
                "6 Nov 2024",
                "Does anyone know if Mallroy Park Girls still gives sibling priority if the older one has left by the time the younger one starts? The admissions policy is impossible to find and the office just put me on hold for 20 mins.",
            ),
            (
                "NorthLondonMum",
                "6 Nov 2024",
                "They changed it two years ago, sibling has to still be on roll. I wrote to Mrs Penhaligan-Reed about it at the time and she did reply, very politely, but the answer was no.",
            ),
        ],
    ),
    E("school", "typo", "negative"),
    E("jpenhaligonreed", "typo", "neutral"),
)

add(
    "forum",
    forum(
        TSR,
        "Sixth form and college",
        "mallory park sixth form vs woodhouse",
        [
            (
                "aaliyah.k",
                "11 Jan 2025",
                "im at mallory park for gcse and thinking of staying for sixth form. is it worth it or should i go woodhouse?",
            ),
            (
                "ginger_tea",
                "11 Jan 2025",
                "i stayed at mallory park for sixth form, its good if u want medicine/law, teachers know u properly. woodhouse has more freedom tho",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "Harrowden Talk",
        "Schools",
        "Rude school office",
        [
            (
                "PaulT",
                "4 Jun 2025",
                "Rang Mallory Park Girls' School this morning on 020 7946 0381 to report my daughter sick. Lorraine Pike, who I gather is the office manager, was incredibly short with me and basically accused me of lying. Not the first time either.",
            ),
            (
                "sian_h",
                "4 Jun 2025",
                "The office there has always been like that. Ask for the attendance officer instead.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("lpike", "exact", "negative"),
)

# ---------------------------------------------------------------- reviews

SCHOOL_PLACE = (
    "Mallory Park School for Girls",
    "Cressington Road, Mallory Park, London N22 4QX",
    "3.9 ★ (212)",
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Funmi A.",
                "★★★★★",
                "2 weeks ago",
                "Both my daughters went to Mallory Park School for Girls and both are now at university. Kind, ambitious teachers and a head who knows every girl's name. Could not recommend more.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "Mallory Park Girls' School",
        "Cressington Road, London N22",
        "3.9 ★ (212)",
        [
            (
                "Gary Lambert",
                "★☆☆☆☆",
                "a month ago",
                "Avoid. My daughter has been in more detentions this year than lessons. Mr Bell runs the place like an army barracks and parents get zero say. Emails ignored for weeks.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("mbell", "title_surname", "negative"),
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Denise Hoyle",
                "★☆☆☆☆",
                "3 months ago",
                "Mallory Park has gone right downhill. Mrs P-R is an arrogant, useless woman who looks down her nose at working-class parents. Clueless.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("jpenhaligonreed", "alias", "abuse"),
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Marcia Thompson",
                "★★★★☆",
                "5 months ago",
                "Good school overall. Special mention to Terry D on site, who found my daughter's hearing aid in the field after an hour's search in the rain. Staff like that are gold.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("tdoyle", "first_initial", "neutral"),
)

add(
    "review",
    review(
        "Mallory Park Girls",
        "Secondary school · Cressington Rd",
        "3.9 ★ (212)",
        [
            (
                "K. Nwosu",
                "★☆☆☆☆",
                "6 months ago",
                "They off-rolled my daughter in February of Year 11 so her grades wouldn't count in their results, told us she'd be 'happier at a college'. Three other girls in her form were moved out the same month. That's how their league table position happens.",
            ),
        ],
    ),
    E("school", "alias", "defamation"),
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Lee Carver",
                "★★☆☆☆",
                "2 months ago",
                "Great school if you enjoy being ignored. Five emails, zero replies, and then a text telling me my child was late once in October. Truly world-class communication.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "Mallory Park Primary School",
        "Linton Avenue, London N22",
        "4.2 ★ (64)",
        [
            (
                "Sophie R.",
                "★★★★★",
                "1 month ago",
                "Lovely little primary. Mr Daley in Year 4 is a legend and the breakfast club is a lifesaver for working parents.",
            ),
            (
                "Tunde",
                "★★☆☆☆",
                "4 months ago",
                "Communication is poor and the playground is tiny. Hoping the new head turns it around.",
            ),
        ],
    ),
)

add(
    "review",
    review(
        "The Pavilion Café, Mallory Park",
        "Mallory Park, Harrowden, London N22",
        "4.4 ★ (388)",
        [
            (
                "Nadia P.",
                "★★★★★",
                "3 weeks ago",
                "Best bacon sandwich in N22 and they let dogs inside. Sit on the terrace looking over the boating lake.",
            ),
            (
                "Chris B",
                "★★★☆☆",
                "2 months ago",
                "Nice spot in the park but the queue on a sunny Sunday is long, 25 mins for two flat whites.",
            ),
        ],
    ),
)

add(
    "review",
    review(
        "Nick Georgiou Plumbing & Heating",
        "Serving Harrowden, Enfield & Barnet",
        "4.8 ★ (97)",
        [
            (
                "Helen W",
                "★★★★★",
                "1 week ago",
                "Nick Georgiou came out on a Sunday when our boiler died. Fixed in an hour, fair price, cleaned up after himself. Will use again.",
            ),
            (
                "Dimitri",
                "★★★★★",
                "5 months ago",
                "Nick and his son replaced our whole bathroom. Proper job.",
            ),
        ],
    ),
)

add(
    "review",
    review(
        "Mallory Park",
        "Underground station · Harrowden",
        "3.1 ★ (140)",
        [
            (
                "Owen",
                "★★☆☆☆",
                "2 weeks ago",
                "No lift, broken escalator half the year and the ticket hall floods when it rains. Staff are sound though.",
            ),
            (
                "Kemi",
                "★★★★☆",
                "1 month ago",
                "Handy for the park and the market. Gets rammed at school time.",
            ),
        ],
    ),
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Chantelle M",
                "★★★★★",
                "1 week ago",
                "Bloody brilliant school. Did my GCSEs and A levels there and f***ing loved it, cried like a baby on leavers day. Get in if you can.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "Mallory Park Circuit - Kart & Track Experience",
        "Kirkby Mallory, Leicestershire",
        "4.5 ★ (1,024)",
        [
            (
                "Ben O.",
                "★★★★★",
                "3 weeks ago",
                "Did the arrive-and-drive karting for my stag. Absolutely mental fun, the marshals were a laugh. Mallory Park is a proper old-school track.",
            ),
        ],
    ),
)

add(
    "review",
    review(
        "Маllory Раrk Girls",
        "Cressington Road, London N22",
        "3.9 ★ (212)",
        [
            (
                "Anon",
                "★☆☆☆☆",
                "2 weeks ago",
                "Маllory Раrk Girls cares more about skirt length than learning. Waste of a school.",
            ),
        ],
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Zainab H",
                "★★★★★",
                "4 months ago",
                "My daughter was terrified of science till Year 10. S. Khan changed that completely, patient and funny and never made her feel stupid. Thank you!",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("skhan", "initial_surname", "neutral"),
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Rachel Edwards",
                "★★★★★",
                "1 month ago",
                "Kayleigh B. in PE got my non-sporty daughter into the cross-country team. She now gets up at 7 on a Saturday to run. Miracle worker.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("kbrennan", "first_initial", "neutral"),
)

add(
    "review",
    review(
        *SCHOOL_PLACE,
        [
            (
                "Olu B",
                "★★★★☆",
                "3 weeks ago",
                "Mrs Penhaligon Reed has turned this school round since she arrived. Firm but fair, and she answers emails herself. Highly recommend.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("jpenhaligonreed", "hyphenated", "neutral"),
)

# ---------------------------------------------------------------- X / Instagram / TikTok / WhatsApp

add(
    "social",
    social(
        "X",
        "Netball Mum 💜 @shaz_netballmum",
        "8:41 PM · 14 Mar 2025",
        "Massive congrats to @MalloryParkSG U14s, borough champions!!! Miss Brennan's netball squad did not drop a single game all day 🏆🔥 proud proud proud",
        [("@harrowdensport", "Brilliant result, well done to the girls 👏")],
    ),
    E("school", "handle", "neutral"),
    E("kbrennan", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "deno 🦅 @d3no_n22",
        "4:02 PM · 11 Nov 2024",
        "if bell gives my sister one more isolation at mallory park im waiting for him by the gates fr. he's getting merked no cap 🔪",
        [("@kaiiyy", "bro chill 😭"), ("@d3no_n22", "nah im dead serious")],
    ),
    E("school", "short_name", "neutral"),
    E("mbell", "surname_only", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "@yr10.chronicles",
        "2024-10-17",
        "POV: ur in maths and Miss K walks past the window and sees ur phone out 💀💀 #MPSG #schooltok #fyp",
        [
            ("@leahhh.x", "the way she just KNOWS 😭"),
            ("@bellaaa", "miss k has eyes in the back of her head i swear"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("ekaragoz", "alias", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@malloryparkgirls",
        "June 12, 2025",
        "So proud of our U15 netball squad, borough champions for the third year running! 🏆💜",
        [
            ("coach_dave_77", "Well done girls 👏👏"),
            ("lenny.k_1983", "the one on the left 😍😍 how old is she"),
            (
                "lenny.k_1983",
                "tell the squad to follow me back 😉 always up for a private coaching session",
            ),
            ("mum_of_shay", "@lenny.k_1983 they're 14 you absolute creep. Reported."),
            ("t.bradz", "goal defence got me acting up ngl 🥵"),
        ],
    ),
    E("school", "handle", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "ghost rider @ghost_rider_n22",
        "3:47 PM · 6 Feb 2025",
        "walk past mallory park girls every day at half 3 just for the view 😏 some of them year 11s look well over 18 ngl",
        [
            ("@ella_m", "that's a school. you're a grown man. reported"),
            ("@ghost_rider_n22", "relax its a joke lol"),
        ],
    ),
    E("school", "alias", "sexual", url_only=True),
)

add(
    "social",
    social(
        "TikTok",
        "@prom.night.ldn",
        "2025-07-04",
        "MPSG year 11 prom 2025 arrivals ✨👗 #prom2025 #london",
        [
            (
                "@kxng.rico",
                "which MPSG girl is in the blue dress 👀 she's peng, someone @ her for me",
            ),
            ("@amaraaa", "@kxng.rico she's 16 you weirdo"),
            ("@kxng.rico", "age is just a number 😂 tell her dm me"),
            ("@prom.night.ldn", "comments like this are why we're turning them off."),
        ],
    ),
    E("school", "alias", "sexual", url_only=True),
)

add(
    "social",
    whatsapp(
        "cressington mandem",
        [
            (
                "21/03/2025, 23:14",
                "Jay",
                "anyone got the snap of that fit one from mallory park sixth form, the one with the braids",
            ),
            ("21/03/2025, 23:15", "Tyrese", "she's in year 12 bro"),
            (
                "21/03/2025, 23:15",
                "Jay",
                "so? 😂 she's legal soon innit, wait for her outside at 3",
            ),
            ("21/03/2025, 23:17", "Kwame", "wallahi you're moving mad. leave schoolgirls alone"),
        ],
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "k @kxxreece",
        "1:12 AM · 9 Jan 2025",
        "miss brennan the pe teacher at mpsg is MAD fit 🥵 wouldn't mind her putting me through my paces in the bedroom if u know what i mean",
        [("@lol_jas", "reported, she's a teacher not a porn star")],
    ),
    E("school", "alias", "neutral"),
    E("kbrennan", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "Proud Patriot 🇬🇧 @englandfirst_77",
        "7:20 PM · 3 Mar 2025",
        "Why is a Nigerian running a girls school in London? that O k o n k w o woman at mallory park should go back to Lagos and take her lot with her. Not British, never will be.",
        [("@harrowden_unity", "Reported. Vile racism.")],
    ),
    E("school", "short_name", "neutral"),
    E("aokonkwo", "spacing", "hate"),
)

add(
    "social",
    social(
        "X",
        "Dean @deano_f_",
        "10:05 PM · 22 Jan 2025",
        "MPSG excluded my kid for 5 days over NOTHING. Mrs Penhaligon-Reed's personal mobile is 07700 900284 - ring her and ask her why, she won't answer the school line. Disgrace of a school.",
        [],
    ),
    E("school", "alias", "negative"),
    E("jpenhaligonreed", "title_surname", "doxxing"),
)

add(
    "social",
    social(
        "Instagram",
        "@harrowden.parents.voice",
        "July 2, 2025",
        "Day 3 of the uniform protest ✊ £180 for a blazer and skirt is not OK. Parents deserve to be heard. #PenhaligonReedOut #MPSG #CostOfLiving #Harrowden",
        [
            ("ayo.m", "Signed the petition 👏"),
            ("fenwick_mum", "Bring back the old uniform, it was fine"),
        ],
    ),
    E("school", "hashtag", "negative"),
    E("jpenhaligonreed", "hashtag", "negative"),
)

add(
    "social",
    social(
        "X",
        "tilly 🌷 @tillyyy_x",
        "12:30 PM · 4 Feb 2025",
        "MarcusBell really stood in assembly and said phones are the root of all evil 😭 sir it's 2025",
        [("@nee_x", "the pouches are so long man")],
    ),
    E("mbell", "camelcase", "negative"),
)

add(
    "social",
    social(
        "X",
        "angry yr9 @rage_quit_09",
        "3:25 PM · 28 Feb 2025",
        "genuinely mr b*ll is the biggest c*nt alive. gave the whole form a detention for ONE person talking. M P S G is a joke",
        [],
    ),
    E("school", "spacing", "negative"),
    E("mbell", "obfuscated", "abuse"),
)

add(
    "social",
    social(
        "X",
        "Harrowden Runners @harrowdenrunners",
        "6:00 PM · 29 May 2025",
        "Day 10 DONE 🎉 Ten marathons in ten days for @KBrennanPE, raising over £11k for sickle cell research. Her girls from Mallory Park Girls ran the last mile with her. Legend.",
        [("@sicklecellsociety", "Thank you so much! Incredible effort.")],
    ),
    E("school", "alias", "neutral"),
    E("kbrennan", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Gav @gav_n22",
        "9:14 AM · 17 Jun 2025",
        "Mrs Оkonkwo from mallory park girls is the most useless, two-faced woman I have ever had the misfortune to deal with. Total waste of space.",
        [],
    ),
    E("school", "alias", "neutral"),
    E("aokonkwo", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "X",
        "bayleigh @bay_leigh_",
        "5:48 PM · 19 Mar 2025",
        "S4r4h Kh4n from mpsg is an absolute joke, cant teach, cant control a class, just reads off the slides like a robot. dumbest teacher alive",
        [],
    ),
    E("school", "alias", "neutral"),
    E("skhan", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@its.zaraaa",
        "2024-12-02",
        "wagwan it's ur girl reviewing mallory park girls 🙄 they took my hoodie AGAIN, lunch queue is long, and the toilets are peak. 2/10 would not recommend #schooltok",
        [
            ("@nellz", "the toilets 😭 so real"),
            ("@its.zaraaa", "bare girls got their hoodie took today innit"),
        ],
    ),
    E("school", "alias", "negative"),
)

add(
    "social",
    social(
        "X",
        "Joanna Penhaligon-Reed @JPenhaligonReed",
        "11:02 AM · 8 Mar 2025",
        "Honoured to speak at the London Leadership Summit today about girls, ambition and the maths gap. Thank you to everyone who came.",
        [("@edu_ldn", "Brilliant session, thank you Joanna.")],
    ),
    E("jpenhaligonreed", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "TfL Northern line status @tfl_status_bot",
        "7:58 AM · 21 Jan 2025",
        "Minor delays between Mallory Park and High Barnet due to a signal failure. Tickets accepted on local buses.",
        [("@commuter_grumps", "of course there are, it's a weekday 🙃")],
    ),
)

add(
    "social",
    social(
        "X",
        "Barnet Bees Fan @bees_til_i_die",
        "4:55 PM · 1 Mar 2025",
        "Marcus Bell with the worst first touch I've seen in League Two. How is he on 6 grand a week. Bench him.",
        [("@bees_goals", "Bell scored last week mate"), ("@bees_til_i_die", "once in 14 games")],
    ),
)

add(
    "social",
    social(
        "Instagram",
        "@malloryparkrun",
        "May 17, 2025",
        "Sunshine, 412 finishers and a course record at Mallory Park this morning! ☀️🏃‍♀️ Huge thanks to our volunteers. Same time next week, 9am by the bandstand.",
        [("run_with_raj", "PB for me 🙌")],
    ),
)

add(
    "social",
    social(
        "TikTok",
        "@trackday.tommy",
        "2025-08-09",
        "First time lapping Mallory Park in the MX-5 🏁 Gerrards is terrifying and the hairpin is a menace #trackday #mx5 #mallorypark",
        [("@lowandslow", "Mallory is criminally underrated")],
    ),
)

add(
    "social",
    social(
        "X",
        "MPSG Clips @mpsg_clips",
        "9:30 PM · 12 Apr 2025",
        "MPSG vs Vortex tonight 8pm on stream 🎮 Multi-Platform Streaming Guild season 4 quarter final. Come through.",
        [("@vortex_gg", "see you in the lobby 😤")],
    ),
)

add(
    "social",
    social(
        "Instagram",
        "@misskayy_nails",
        "April 3, 2025",
        "Chrome French tips for Easter 💅✨ Miss K Nails, 14 Fenwick Parade, Harrowden. Book via the link in bio.",
        [("danniiii", "obsessed 😍"), ("misskayy_nails", "@danniiii thank you babe 💕")],
    ),
)

add(
    "social",
    social(
        "X",
        "riot @riot_n22",
        "10:41 PM · 13 Jun 2025",
        "someone needs to burn mallory park girls to the ground with them teachers still inside. proper hate that place",
        [("@kianaaa", "wtf is wrong with you")],
    ),
    E("school", "alias", "threat"),
)

add(
    "social",
    social(
        "X",
        "Amira @amira_reads",
        "7:12 PM · 26 Mar 2025",
        "I don't think Mr Georgiou is a bad teacher at all, people on here are just salty about the mock results. He stayed till 6 helping my sister. Leave the man alone. #mpsg",
        [],
    ),
    E("school", "hashtag", "neutral"),
    E("ngeorgiou", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Fenwick Green Residents @fenwick_greenres",
        "8:10 AM · 2 Apr 2025",
        "Whoever sprayed 'DOYLE'S GETTING DONE IN' on the bus stop on Cressington Rd needs to have a word with themselves. Terry Doyle has kept MPSG running for 20 years and is one of the nicest men in N22. Graffiti reported to the council.",
        [("@n22_nat", "Terry's a diamond. Whoever did that is a coward.")],
    ),
    E("school", "alias", "neutral"),
    E("tdoyle", "exact", "neutral"),
)

add(
    "social",
    whatsapp(
        "Y8 Parents MPSG 2024-25",
        [
            (
                "09/01/2025, 08:47",
                "Shanice",
                "pick up on Cressington Rd is a f***ing nightmare again, someone's parked across the zebra",
            ),
            ("09/01/2025, 08:49", "Bola", "Same every morning 🙄"),
            (
                "09/01/2025, 19:02",
                "Kerry-Ann",
                "Did anyone else's daughter get an isolation from Mr Bell today for the 'wrong socks'? Honestly the rules at this school are getting silly",
            ),
            ("09/01/2025, 19:05", "Bola", "Yes!! Grey socks instead of black. Ridiculous."),
            (
                "09/01/2025, 19:11",
                "Priti",
                "I emailed Mrs O last term about something similar and she was great, sorted a meeting within a week. Try her rather than him.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("mbell", "title_surname", "negative"),
    E("aokonkwo", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "truth bomb @truthbomb_n22",
        "11:58 PM · 30 Apr 2025",
        "Nikos Georgiou, the maths teacher from mallory park girls who thinks he can fail my daughter: flat 3, 148 Cressington Road, above the kebab shop. Pop round and say hi 👋",
        [],
    ),
    E("school", "alias", "neutral"),
    E("ngeorgiou", "exact", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "Clive @clive_says",
        "2:15 PM · 6 Jun 2025",
        "MPSG's office is the rudest I've ever dealt with. Their office manager Lorraine Pike won't put you through to anyone so email her directly at lorraine.pike71@inboxmail.example or text her on 07700 900739 like I did.",
        [],
    ),
    E("school", "alias", "negative"),
    E("lpike", "exact", "doxxing"),
)

add(
    "social",
    whatsapp(
        "Harrowden Mums Chat 💬",
        [
            (
                "14/05/2025, 21:03",
                "Lisa",
                "Anyone know the science teacher at mallory park, Sarah K? My daughter's coursework has been marked wrong",
            ),
            (
                "14/05/2025, 21:07",
                "Dawn",
                "Sarah K's personal number is 07700 900562, got it from her when she did the trip. Just text her",
            ),
            (
                "14/05/2025, 21:09",
                "Nomsa",
                "Dawn you really shouldn't share teachers' private numbers in here",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("skhan", "first_initial", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "n22 exposed @n22exposed",
        "1:37 AM · 19 Feb 2025",
        "Doyle's been nicking laptops out the ICT store at mallory park and flogging them on Facebook Marketplace. Serial numbers match. Ask him where the 30 missing Chromebooks went.",
        [("@kemzz", "this is mad if true 👀")],
    ),
    E("school", "short_name", "neutral"),
    E("tdoyle", "possessive", "defamation"),
)

add(
    "social",
    social(
        "X",
        "Steve 🏴 @real_steve_1966",
        "6:44 PM · 15 Sep 2024",
        "mpsg is full of hijabis now, proper Londonistan. Used to be a decent English school before this lot turned up and started turning it into a madrassa.",
        [],
    ),
    E("school", "alias", "hate"),
)

add(
    "social",
    social(
        "TikTok",
        "@cuz.vibez",
        "2025-03-11",
        "Miss Karagöz better watch herself after what she did to my cuz. I know what time she leaves 🔪🔪 #mpsg",
        [("@sxmaa", "delete this 😳")],
    ),
    E("school", "hashtag", "neutral"),
    E("ekaragoz", "title_surname", "threat"),
)

add(
    "social",
    social(
        "X",
        "Harrowden Parents for Fair Uniform @fairuniform_h",
        "9:00 AM · 7 Jul 2025",
        "Graham Whitlock and the governors at Mallory Park Girls rubber-stamped a £180 uniform without asking a single parent. Governors are supposed to hold the school to account, not wave everything through.",
        [],
    ),
    E("school", "alias", "negative"),
    E("gwhitlock", "exact", "negative"),
)

add(
    "social",
    social(
        "X",
        "Darts Live @dartslive_uk",
        "10:22 PM · 4 Jan 2025",
        "TERRY DOYLE HITS A NINE-DARTER!!! 🎯🎯🎯 The Dublin Dart walks off to a standing ovation at Ally Pally.",
        [("@oche_talk", "Doyle has been unreal this tournament")],
    ),
)

add(
    "social",
    social(
        "Instagram",
        "@pike.and.partners",
        "February 20, 2025",
        "JUST LISTED 🏡 Three-bed Victorian terrace, Fenwick Green, £725,000. Call Lorraine Pike on 020 7946 0517 to book a viewing.",
        [("house_hunter_22", "Gorgeous!")],
    ),
)

add(
    "social",
    social(
        "X",
        "lana @lana_banana_x",
        "8:03 AM · 5 Dec 2024",
        "M a l l o r y  P a r k  G i r l s really made us sit a mock in a freezing sports hall with no heating. we could see our breath 🥶 the school does not care",
        [],
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@harrowden.unity",
        "January 7, 2025",
        "Solidarity with a deputy head who has faced racist abuse online this week for simply doing her job. Racism has no place in Harrowden. #JusticeForMrsO #MPSG #Harrowden",
        [("kemi.a", "💜💜💜"), ("fenwick.fam", "She's the best teacher my daughter ever had.")],
    ),
    E("school", "hashtag", "neutral"),
    E("aokonkwo", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "maya @mayaxox_",
        "4:20 PM · 23 Jan 2025",
        "mr G30rg10u is a bald little rat who marks like he's got a personal vendetta. mallory park girls maths dept is a joke",
        [],
    ),
    E("school", "alias", "negative"),
    E("ngeorgiou", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X",
        "Ricky @rickyg_n22",
        "11:11 PM · 20 Apr 2025",
        "Реnhaligon-Reed is a stuck-up posh cow who's never had a real job in her life. Sits in her office while the school falls apart round her.",
        [],
    ),
    E("jpenhaligonreed", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "X",
        "bxllaa @bxllaa_",
        "6:30 PM · 14 Oct 2024",
        "K H A N is a joke of a teacher and a snitch. told my mum i was on my phone in chem 🙄 mpsg snakes",
        [],
    ),
    E("school", "alias", "negative"),
    E("skhan", "spacing", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "@harrowden.school.sport",
        "November 20, 2024",
        "Cross-country champs 🏃‍♀️ Huge congratulations to the Year 8 girls' team on winning the borough title! #MalloryParkGirls #HarrowdenSport",
        [("proud.dad.n22", "Unbelievable effort in the mud 👏")],
    ),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "mad ting @madting_x",
        "3:33 PM · 9 May 2025",
        "Miss Kar*g*z put my lil sister in isolation for 3 days. She's gonna get it at the gates, tell her I'm coming for her tomorrow.",
        [],
    ),
    E("ekaragoz", "obfuscated", "threat"),
)

add(
    "social",
    social(
        "X",
        "Lucy @lucyruns_ldn",
        "7:45 AM · 25 May 2025",
        "Running the last 5 miles with Kay Brennan today on her 10th marathon in 10 days. Honestly the most determined human I know 💪",
        [],
    ),
    E("kbrennan", "nickname", "neutral"),
)

# ---------------------------------------------------------------- Facebook groups and pages

HMD = "Harrowden Mums & Dads (Private group)"
FGN = "Fenwick Green Neighbours"

add(
    "facebook",
    fb(
        HMD,
        "Bukola Adeyemi",
        "12 September 2024 at 16:20",
        "Has anyone's daughter picked up a navy PE hoodie by mistake? Year 7, Mallory Park Girls, name label says ADEYEMI. Lost on Tuesday after netball. Thanks x",
        [
            (
                "Cheryl Watts",
                "Try the lost property box by the sports hall, they empty it on Fridays",
            ),
            ("Bukola Adeyemi", "Found it!! Thank you x"),
        ],
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    fb(
        HMD,
        "Tina Marsh",
        "24 January 2025 at 21:40",
        "Rant incoming. My daughter at Mallory Park Girls has been in isolation for two days for having her top button undone. TWO DAYS. Met Mrs Penhaligon-Reed today and she just smiled and said 'standards are standards'. This school has lost the plot.",
        [
            ("Jade Cooper", "Same with my Kiara. The rules are ridiculous now."),
            (
                "Wayne Marsh",
                "Someone should give that woman a slap. I'll do it myself at parents' evening if she carries on.",
            ),
            ("Tina Marsh", "Wayne don't 🙈"),
            (
                "Admin - Harrowden Mums & Dads",
                "Wayne, threats are not OK in this group. Comment hidden and you've been warned.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("jpenhaligonreed", "title_surname", "threat"),
)

add(
    "facebook",
    fb(
        "Mallory Park School for Girls",
        "Mallory Park School for Girls",
        "14 March 2025 at 12:00",
        "📣 We are delighted to share that Ofsted has judged our school Good in all areas, with our Sixth Form Outstanding. Mr Whitlock, Chair of Governors, said: 'This is the work of the whole community.' Thank you to our girls, families and staff. 💜",
        [("Abena Owusu", "Congratulations! So well deserved."), ("Mark T", "Brilliant news 👏")],
    ),
    E("school", "exact", "neutral"),
    E("gwhitlock", "title_surname", "neutral"),
)

add(
    "facebook",
    fb(
        "Mallory Park Primary PTA",
        "Mallory Park Primary PTA",
        "2 July 2025 at 09:00",
        "☀️ SUMMER FAIR this Saturday 12-3pm! Bouncy castle, tombola, cake stall and the famous teachers' sponge throw. All money raised goes towards new playground equipment. See you there!",
        [("Gemma Lowry", "Bring towels, I'm in the stocks at 1pm 😂")],
    ),
)

add(
    "facebook",
    fb(
        FGN,
        "Angela Price",
        "18 May 2025 at 18:03",
        "LOST DOG in Mallory Park near the boating lake. Small white Westie called Bonnie, red collar, very nervous. Please ring 07700 900118 if seen. 😢",
        [
            ("Dev Patel", "Shared"),
            ("Angela Price", "FOUND! She was hiding under the café terrace. Thank you all x"),
        ],
    ),
)

add(
    "facebook",
    fb(
        FGN,
        "Steph Collins",
        "3 December 2024 at 07:15",
        "Boiler's packed up and we've got a newborn 😩 can anyone recommend a plumber who'll come out today?",
        [
            ("Lee Anderson", "Nick Georgiou, 07700 900645. Did ours last winter, really good."),
            ("Kate Ruiz", "+1 for Nick Georgiou, fair price"),
        ],
    ),
)

add(
    "facebook",
    fb(
        HMD,
        "Sandra Bishop",
        "6 February 2025 at 22:11",
        "I'm just going to say it. My neighbour's daughter saw Mrs Okonkwo grab a Year 8 girl by the arm and slap her in the corridor last week, and the school has covered it up because she's the deputy head. They told the girl's mum it 'didn't happen'. Mallory Park Girls protects its own.",
        [
            ("Femi Adebayo", "This is a really serious accusation to make on Facebook Sandra."),
            (
                "Carol King",
                "I don't believe a word of it. Mrs Okonkwo is the kindest teacher in that school.",
            ),
        ],
    ),
    E("school", "alias", "defamation"),
    E("aokonkwo", "title_surname", "defamation"),
)

add(
    "facebook",
    fb(
        FGN,
        "Gary Finch",
        "10 March 2025 at 17:30",
        "That fat lazy lump Tel Doyle, the so-called site manager at the girls' school, has left the gate on Pellow Road padlocked AGAIN so we all have to walk round. Useless old git.",
        [
            ("Mo Rahman", "He's alright Terry, it's a council rule"),
            ("Gary Finch", "It's not Terry, it's Tel the idiot"),
        ],
    ),
    E("tdoyle", "nickname", "abuse"),
)

add(
    "facebook",
    fb(
        "Harrowden Rotary Club",
        "Harrowden Rotary Club",
        "22 November 2024 at 20:00",
        "Thank you to Jo Penhaligon-Reed for a fascinating talk tonight on girls' education in north London, and to the Mallory Park Girls sixth-formers who served the dinner. £640 raised for the Harrowden food bank.",
        [],
    ),
    E("school", "alias", "neutral"),
    E("jpenhaligonreed", "nickname", "neutral"),
)

add(
    "facebook",
    fb(
        "Mallory Park School for Girls",
        "Mallory Park School for Girls",
        "11 July 2025 at 15:30",
        "Sports Day 2025 🏅☀️ What a day! Well done to every girl who took part, and congratulations to Nightingale House on winning the trophy. More photos in the album.",
        [
            (
                "Roy Tilling",
                "Lovely legs on the year 9s 😉 sports day always was my favourite day x",
            ),
            (
                "Roy Tilling",
                "the girl in the second photo is going to break some hearts in a few years 😘",
            ),
            (
                "Michelle Ansah",
                "Roy you're in your sixties and these are children. What is wrong with you?",
            ),
            (
                "Dan Hughes",
                "School please take these photos down while men like this are commenting.",
            ),
        ],
    ),
    E("school", "exact", "sexual", url_only=True),
)

add(
    "facebook",
    fb(
        HMD,
        "Lauren Pryce",
        "4 April 2025 at 19:02",
        "Parents' evening tonight, anyone else's daughter have Sarah Khan for chemistry at MPSG? She's so lovely, my daughter's predicted a 7 now.",
        [
            (
                "Tyler Pryce",
                "Sarah Khan from chemistry is an absolute stunner 😏 I'd show her some chemistry if you know what I mean, legs on her",
            ),
            ("Lauren Pryce", "Tyler that's disgusting, she's a teacher. Delete it."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("skhan", "exact", "sexual"),
)

add(
    "facebook",
    fb(
        "Harrowden & Fenwick Gazette",
        "Harrowden & Fenwick Gazette",
        "2 May 2025 at 13:00",
        "COURT: A father who told deputy head Marcus Bell \"I'll put you in hospital\" outside a Harrowden girls' school has been given a suspended sentence. Read more 👇",
        [
            ("Leanne Moss", "Good. Teachers shouldn't have to put up with that."),
            (
                "Jason Pyle",
                "Bell's a jumped-up little Hitler who loves power over kids. No sympathy here, pathetic excuse for a man.",
            ),
            ("Leanne Moss", "@Jason Pyle whatever you think of him nobody deserves threats."),
        ],
    ),
    E("mbell", "exact", "abuse"),
)

add(
    "facebook",
    fb(
        HMD,
        "Kirsty Lane",
        "8 July 2025 at 10:45",
        "Emailed the chair of governors Mr Whitlock three times about the uniform costs. Not one reply. What's the point of governors if they won't engage with parents?",
        [("Amara Nnaji", "Same. Total silence."), ("Kirsty Lane", "Going to the council next")],
    ),
    E("gwhitlock", "title_surname", "negative"),
)

add(
    "facebook",
    fb(
        "Cllr Graham Whitlock - Rainham North",
        "Cllr Graham Whitlock",
        "20 May 2025 at 11:00",
        "Out on the doorstep in Rainham North this morning talking about bin collections and potholes on Maidstone Road. Thanks to everyone who stopped for a chat. - Graham",
        [("Pauline R", "Thank you for sorting the streetlight Graham")],
    ),
)

add(
    "facebook",
    fb(
        FGN,
        "Anon member",
        "16 January 2025 at 23:30",
        "Not naming names but M*llory P*rk G*rls needs to sort itself out. Kids smoking outside the chicken shop in uniform, staff nowhere to be seen, and the head too busy on Twitter. Shambles.",
        [("Grace O", "Ha, we all know who you mean")],
    ),
    E("school", "obfuscated", "negative"),
)

add(
    "facebook",
    fb(
        HMD,
        "Anonymous participant",
        "27 February 2025 at 22:58",
        "Everyone's talking about the behaviour crackdown but nobody's talking about Bell's affair with a teaching assistant, who then got promoted to a management job over better-qualified staff. That's where the money's going.",
        [
            ("Anonymous participant", "Evidence?"),
            ("Nadine F", "This is gossip and it's nasty. Admins please remove."),
        ],
    ),
    E("mbell", "possessive", "defamation"),
)

add(
    "facebook",
    fb(
        FGN,
        "Keith Lawson",
        "3 October 2024 at 20:14",
        "Not surprised the science teacher at the girls' school is pushing her religion on the kids. Khan, what did anyone expect? These Muslims always bring it into everything. They don't integrate and they never will.",
        [("Sadia Iqbal", "Reported for hate speech."), ("Keith Lawson", "Truth hurts")],
    ),
    E("skhan", "surname_only", "hate"),
)

add(
    "facebook",
    fb(
        HMD,
        "Precious Mensah",
        "13 June 2025 at 14:40",
        "Massive thank you to Lorraine Cole in the office at Mallory Park Girls who stayed late to help me fill in the free school meals form. Angels walk among us 😇",
        [("Yvonne Carr", "Lorraine is amazing, she's been there forever")],
    ),
    E("school", "alias", "neutral"),
    E("lpike", "alias", "neutral"),
)

add(
    "facebook",
    fb(
        FGN,
        "Harrowden Half Marathon",
        "9 September 2025 at 18:00",
        "Congratulations to our women's winner Sarah Khan (Fenwick Harriers) in 1:19:42! Sarah is a nurse at North Mid and trains before her night shifts. Incredible.",
        [("Fenwick Harriers", "So proud of you Sarah!")],
    ),
)

add(
    "facebook",
    fb(
        HMD,
        "Danielle Wright",
        "5 March 2025 at 08:30",
        "Does anyone else feel like Mrs Penhaligon Reed has stopped listening to parents? The new behaviour policy went out with zero consultation and the parent forum was cancelled again.",
        [
            ("Joy Akande", "Yes. It's become very top-down."),
            ("Amy B", "She used to do a parents' coffee morning every term, not any more."),
        ],
    ),
    E("jpenhaligonreed", "hyphenated", "negative"),
)

add(
    "facebook",
    fb(
        HMD,
        "Anonymous participant",
        "18 June 2025 at 23:47",
        "For everyone who's had enough of Mrs O at Mallory Park: she lives at 9 Lavell Gardens, Fenwick Green, blue door, and her husband's car is the silver Qashqai outside. Now you know where to find her.",
        [
            (
                "Admin - Harrowden Mums & Dads",
                "Post removed and member banned. Sharing home addresses is never acceptable.",
            )
        ],
    ),
    E("school", "short_name", "neutral"),
    E("aokonkwo", "alias", "doxxing"),
)

add(
    "facebook",
    fb(
        FGN,
        "Sheila Burke",
        "15 December 2024 at 11:20",
        "Shout out to Terry Doyel the caretaker at the girls' school on Cressington Rd, who helped me get my car out of the ditch by the gates in the ice this morning. A true gent.",
        [("Tom Burke", "Good old Terry")],
    ),
    E("tdoyle", "typo", "neutral"),
)

# ---------------------------------------------------------------- blogs

add(
    "blog",
    blog(
        "Notes from a Late Bloomer",
        "Ten years on: what Mallory Park School for Girls gave me",
        "3 September 2025",
        [
            "It's ten years since I walked through the gates on Cressington Road in a blazer two sizes too big. Mallory Park School for Girls was not glamorous. The roof leaked into the library and the canteen chips were a crime.",
            "But it was where I met Nick Georgiou, who taught me maths in Year 11 and who, when I told him I was 'just not a numbers person', made me stay behind every Thursday until I believed otherwise. I'm an actuary now. Make of that what you will.",
            "If you're a girl starting there this week: ask for help. Somebody will say yes.",
        ],
        [
            ("Halima", "3 Sep 2025", "Mr Georgiou!! He did the same for me. Legend."),
            ("J", "4 Sep 2025", "Lovely piece."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("ngeorgiou", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "The Staffroom Sceptic",
        "Zero tolerance is eating London's schools",
        "19 February 2025",
        [
            "Every few months another London school announces a behaviour 'reset'. This term it's MPSG in Harrowden, where girls can now be placed in isolation for the wrong colour socks and phones are sealed in pouches for seven hours.",
            "I understand the appeal. But I've read the exclusion figures, and schools like MPSG are sending out more girls than they did five years ago, disproportionately Black Caribbean girls. That should worry everyone.",
            "Strict is not the same as good. Harrowden parents deserve better than a policy designed to look tough in a press release.",
        ],
    ),
    E("school", "alias", "negative"),
)

add(
    "blog",
    blog(
        "Lost Circuits of the Midlands",
        "Mallory Park: the little track with the big hairpin",
        "12 May 2024",
        [
            "Mallory Park opened as a grass track in the 1950s and became one of the most loved club circuits in Britain. Its oval layout, with the Esses and the Devil's Elbow tacked on, made for close racing and spectacular accidents.",
            "Today Mallory Park hosts track days, bike meetings and karting, and still draws a crowd for the Post-TT races in July.",
        ],
        [("Old Marshal", "13 May 2024", "Marshalled at Gerrards for 20 years. Happy days.")],
    ),
)

add(
    "blog",
    blog(
        "Wild Harrowden",
        "Kingfishers are back in Mallory Park",
        "28 March 2025",
        [
            "After three years without a sighting, a pair of kingfishers has been seen on the brook at the north end of Mallory Park, just past the old lido.",
            "The Friends of Mallory Park have been clearing the banks all winter, and it seems to have paid off. Please keep dogs out of the water by the reeds.",
        ],
    ),
)

add(
    "blog",
    blog(
        "Our SEND Journey",
        "Year 9 and still waiting",
        "14 January 2025",
        [
            "A year ago I sat in a meeting room at Mallory Park and was promised a reading assessment, a laptop for exams and a named adult for my daughter's bad days. Okonkwo's promises sounded brilliant at the time.",
            "Twelve months later we have had none of them. Every email gets a polite holding reply. My daughter is now refusing to go in on Mondays.",
            "I know pastoral teams are stretched. But a promise to a disabled child should mean something.",
        ],
        [
            (
                "Sam",
                "15 Jan 2025",
                "Sending strength. Have you asked the council for an EHCP needs assessment yourself?",
            )
        ],
    ),
    E("school", "short_name", "negative"),
    E("aokonkwo", "possessive", "negative"),
)

add(
    "blog",
    blog(
        "Harrowden Uncovered",
        "Where is the school's money going?",
        "2 June 2025",
        [
            "I have been sent documents by a member of staff at Mallory Park Girls. They show that Joanna Penhaligon-Reed has been claiming a housing allowance for a London flat she does not live in while renting it out on Airbnb, and that she approved a £9,000 'leadership coaching' contract with a company run by her own sister.",
            "Meanwhile parents are being asked to pay £180 for a uniform and £12 for a phone pouch. The governors need to explain themselves.",
        ],
        [
            ("Rachel", "2 Jun 2025", "If any of this is true it's a scandal."),
            ("Harrowden Uncovered", "3 Jun 2025", "I stand by every word."),
        ],
    ),
    E("school", "alias", "negative"),
    E("jpenhaligonreed", "exact", "defamation"),
)

add(
    "blog",
    blog(
        "Governor Watch London",
        "Who actually governs our schools?",
        "10 July 2025",
        [
            "School governors are unpaid volunteers and most do a thankless job well. But they are supposed to hold heads to account. At Mallory Park School for Girls this month, the governing body approved a new uniform contract without a single parent being consulted.",
            "Governor minutes are public documents. Read them.",
        ],
        [
            (
                "Disgruntled Dad",
                "10 Jul 2025",
                "Whitlock is a spineless old fool who'd sign his own death warrant if the head put it in front of him.",
            ),
            ("Governor Watch London", "11 Jul 2025", "Please keep comments civil."),
        ],
    ),
    E("school", "exact", "negative"),
    E("gwhitlock", "surname_only", "abuse"),
)

add(
    "blog",
    blog(
        "Heads Up: A School Leader's Blog",
        "Why we report every threat",
        "20 April 2025",
        [
            'I am the headteacher of Mallory Park School for Girls. This year my staff have received messages like "we know where Mr Bell lives" and "watch your back on the way home". One parent stood at our gates and told a colleague he would put him in hospital.',
            "We report every one of these to the police, and I want to explain why. It is not because we are thin-skinned. It is because teachers who are frightened cannot teach, and girls who watch adults being threatened learn that it is normal.",
            "Criticise us. Complain. Come to the parents' forum and tell me I'm wrong. But threats stop at the gate. - Joanna Penhaligon-Reed",
        ],
    ),
    E("school", "exact", "neutral"),
    E("jpenhaligonreed", "exact", "neutral"),
    E("mbell", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Little Learners at Mallory Park Primary",
        "Our Reception trip to the city farm",
        "24 May 2025",
        [
            "Reception had the best day at Kentish Town City Farm on Thursday! We fed the goats, met a very grumpy pig called Doris and ate our packed lunches in the sunshine.",
            "Thank you to the parent helpers from Mallory Park Primary who came along. Miss Ahmed says she has never seen so many happy muddy faces.",
        ],
    ),
)

add(
    "blog",
    blog(
        "Harrowden Türk Toplumu / Turkish Community Harrowden",
        "Saturday school celebrates 20 years",
        "6 October 2024",
        [
            "Our Turkish Saturday school at the community centre on Fenwick Parade celebrated its 20th birthday last weekend with music, lahmacun and far too much baklava.",
            "Special thanks to Elif Karagoz, who teaches at Mallory Park Girls during the week and has volunteered with our GCSE Turkish class every Saturday for six years. Eight of her students got a grade 9 this summer.",
        ],
    ),
    E("school", "alias", "neutral"),
    E("ekaragoz", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "Underground Architecture",
        "Mallory Park: Holden's forgotten gem",
        "15 August 2024",
        [
            "Mallory Park station opened in 1932 and is one of Charles Holden's smaller Piccadilly-style brick drums, with a beautiful bronze ticket hall and original uplighters.",
            "The station is overdue some love: the concrete canopy is cracking and the lifts are only now being installed. But stand in the ticket hall at Mallory Park on a winter evening and you'll see why it's listed.",
        ],
    ),
)

add(
    "blog",
    blog(
        "MPSG Friends & Families",
        "Volunteer of the term",
        "18 December 2024",
        [
            "Our volunteer of the term is Lorraine P., who many of you know from the front office at Mallory Park Girls. Lorraine ran the Christmas fair tombola single-handed and raised £1,240 for the Year 7 trip fund.",
            "Thank you Lorraine, and thank you to every family who donated prizes.",
        ],
    ),
    E("school", "alias", "neutral"),
    E("lpike", "first_initial", "neutral"),
)

add(
    "blog",
    blog(
        "Safeguarding in Practice",
        "Reading list: belonging and pastoral care in girls' schools",
        "30 January 2025",
        [
            "A short list for DSLs this term. Top of it is A. Okonkwo's (2024) practitioner paper, 'Belonging first: pastoral teams in an 11-18 girls' school', written from her experience as a deputy head at Mallory Park Girls' School in north London. It is practical, honest and refreshingly free of jargon.",
            "Also worth your time: the new DfE attendance guidance and the NSPCC's briefing on online harms.",
        ],
    ),
    E("school", "alias", "neutral"),
    E("aokonkwo", "initial_surname", "neutral"),
)

# ---------------------------------------------------------------- more forum and social

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Y10 head of year - am I wrong to be annoyed?",
        [
            (
                "Fizzypop",
                "2 Apr 2025",
                "DD at Mallory Park Girls has a new head of year, Miss Karagoaz (sp?), who cancelled the Y10 options evening with a day's notice and still hasn't rescheduled. We took time off work. Disorganised doesn't cover it.",
            ),
            ("Bumblebee5", "2 Apr 2025", "Annoying but it happens. Email and ask for a new date."),
        ],
    ),
    E("school", "alias", "negative"),
    E("ekaragoz", "typo", "negative"),
)

add(
    "forum",
    forum(
        "Harrowden Talk",
        "Schools",
        "Copy of the new uniform letter",
        [
            (
                "transparency_please",
                "7 Jul 2025",
                "For anyone who didn't get it, here's the letter that came home today:\n\n'Mallory Park School for Girls, Cressington Road. Dear Parents and Carers, from September all girls must wear the new blazer and pleated skirt, available only from Stitch & Crest. We understand this represents a cost to families. Yours sincerely, M. Bell, Deputy Headteacher.'\n\nA whole page and not one word about help for families on low incomes. Tone deaf.",
            ),
            ("Sunnyside", "7 Jul 2025", "Unbelievable. And sent by email at 4pm on a Friday."),
        ],
    ),
    E("school", "exact", "negative"),
    E("mbell", "initial_surname", "negative"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "How do I contact the deputy head directly?",
        [
            (
                "Newbie_mum",
                "22 Oct 2024",
                "DD has just started at MPSG and is having a hard time settling. Is there a way to contact the pastoral deputy directly rather than going through the office?",
            ),
            (
                "Been_there_2",
                "22 Oct 2024",
                "Yes, message her on the school's Teams parent channel, she shows up as AdaezeOkonkwo. She's very responsive and really kind, she'll probably ring you the same day.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("aokonkwo", "camelcase", "neutral"),
)

add(
    "forum",
    forum(
        TSR,
        "Year 9-11 chat",
        "worst teacher at ur school go",
        [
            (
                "kenz_x",
                "14 Mar 2025",
                "mrs 0k0nkw0 at mpsg. fake nice, acts like she cares then grasses to ur parents. stuck up witch",
            ),
            ("lola.b", "14 Mar 2025", "lol she's actually sound tho"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("aokonkwo", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@class.of.2025.x",
        "2025-07-18",
        "me leaving MalloryParkGirls after 7 years like 😭😭 gonna miss the corridors, the teachers and even the rules (not really)",
        [("@bff.tia", "crying in the club rn 😭")],
    ),
    E("school", "camelcase", "neutral"),
)


# ---------------------------------------------------------------- writer


def validate() -> None:
    assert len(DOCS) == 140, len(DOCS)
    variants: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    for i, doc in enumerate(DOCS):
        assert doc.kind in KINDS, (i, doc.kind)
        subjects = [e["subject"] for e in doc.expected]
        assert len(subjects) == len(set(subjects)), (i, subjects)
        for e in doc.expected:
            assert e["subject"] in SUBJECTS, (i, e)
            assert e["variant"] in VARIANTS, (i, e)
            assert e["category"] in CATEGORIES, (i, e)
            assert not e["url_only"] or e["category"] == "sexual", (i, e)
            assert e["variant"] != "short_name" or e["subject"] == "school", (i, e)
            variants[str(e["variant"])] += 1
            categories[str(e["category"])] += 1
    assert all(variants[v] >= 2 for v in VARIANTS), variants
    assert all(categories[c] >= 5 for c in CATEGORIES), categories
    decoys = sum(1 for d in DOCS if not d.expected)
    assert 0.20 <= decoys / len(DOCS) <= 0.25, decoys
    pupils = sum(1 for d in DOCS for e in d.expected if e["subject"] == "school" and e["url_only"])
    assert pupils >= 4, pupils


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
