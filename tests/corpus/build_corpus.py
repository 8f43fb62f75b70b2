"""Build the matcher's labelled evaluation corpus (tests/corpus/docs + labels.jsonl).

Run from the repository root: ``python tests/corpus/build_corpus.py``. The output is checked
in; this script documents how it was made and lets it be regenerated deterministically.

Documents come in the voices the crawl sees (news articles and forum threads as HTML,
reviews, social posts and blog comments as text). Generated documents combine a voice, a way
of naming a staff member (every variant kind), a way of naming the school, and a passage of
one concern category; hand-written documents cover the traps: negation and condemnation,
quotation and reported speech, profanity that is not abuse, decoy organisations called
Springfield, and other people who share a watched name. Each label lists the subjects the page
is about, with the variant kind used and the worst category a line manager should see.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
rng = random.Random(20240611)

# subject → (variant, how the page writes the name, subject pronoun, object pronoun)
REFS: dict[str, list[tuple[str, str, str, str]]] = {
    "jsmith": [
        ("exact", "Jane Smith", "she", "her"), ("alias", "Jane Smyth-Jones", "she", "her"),
        ("title_surname", "Mrs Smith", "she", "her"), ("title_surname", "Ms Smith", "she", "her"),
        ("title_surname", "Miss Smith", "she", "her"),
        ("initial_surname", "J. Smith", "she", "her"), ("initial_surname", "J Smith", "she", "her"),
        ("first_initial", "Jane S.", "she", "her"), ("nickname", "Janie Smith", "she", "her"),
        ("typo", "Mrs Smiht", "she", "her"), ("typo", "Jane Simth", "she", "her"),
        ("obfuscated", "Mrs Sm1th", "she", "her"), ("obfuscated", "Mrs S m i t h", "she", "her"),
        ("obfuscated", "Mrs S.m.i.t.h", "she", "her"),
        ("obfuscated", "Mrs \u0405mith", "she", "her"),
        ("obfuscated", "Mrs Smi\u200bth", "she", "her"),
        ("hashtag", "#JaneSmith", "she", "her"), ("handle", "@mrs_smith_y6", "she", "her"),
        ("title_surname", "Mrs Smyth-Jones", "she", "her"),
    ],
    "rokafor": [
        ("exact", "Robert Okafor", "he", "him"), ("nickname", "Bob Okafor", "he", "him"),
        ("nickname", "Rob Okafor", "he", "him"), ("title_surname", "Mr Okafor", "he", "him"),
        ("initial_surname", "R. Okafor", "he", "him"), ("typo", "Robert Okafr", "he", "him"),
        ("obfuscated", "Mr 0kaf0r", "he", "him"), ("hashtag", "#RobertOkafor", "he", "him"),
        ("typo", "Mr Okafro", "he", "him"),
    ],
    "pkaur": [
        ("exact", "Priya Kaur", "she", "her"), ("title_surname", "Miss Kaur", "she", "her"),
        ("title_surname", "Ms Kaur", "she", "her"), ("initial_surname", "P. Kaur", "she", "her"),
        ("first_initial", "Priya K.", "she", "her"), ("obfuscated", "Ms K-a-u-r", "she", "her"),
    ],
    "dhughes": [
        ("exact", "David Hughes", "he", "him"), ("nickname", "Dave Hughes", "he", "him"),
        ("title_surname", "Mr Hughes", "he", "him"), ("initial_surname", "D. Hughes", "he", "him"),
        ("typo", "Mr Hugehs", "he", "him"), ("typo", "David Hughs", "he", "him"),
        ("handle", "@mrdhughes", "he", "him"), ("obfuscated", "Mr Hugh3s", "he", "him"),
    ],
    "wbaker": [
        ("exact", "William Baker", "he", "him"), ("nickname", "Bill Baker", "he", "him"),
        ("nickname", "Will Baker", "he", "him"), ("title_surname", "Mr Baker", "he", "him"),
        ("initial_surname", "W. Baker", "he", "him"),
    ],
    "myoung": [
        ("exact", "Margaret Young", "she", "her"), ("nickname", "Maggie Young", "she", "her"),
        ("title_surname", "Mrs Young", "she", "her"), ("typo", "Margaret Yuong", "she", "her"),
        ("initial_surname", "M. Young", "she", "her"),
    ],
    "tobrien": [
        ("exact", "Thomas O'Brien", "he", "him"), ("nickname", "Tom O'Brien", "he", "him"),
        ("title_surname", "Mr O'Brien", "he", "him"), ("exact", "Thomas O\u2019Brien", "he", "him"),
    ],
    "smcreid": [
        ("exact", "Siobhan McAllister-Reid", "she", "her"),
        ("title_surname", "Ms McAllister-Reid", "she", "her"),
        ("title_surname", "Mrs McAllister Reid", "she", "her"),
        ("typo", "Siobhan McAlister-Reid", "she", "her"),
    ],
    "zfenwick": [
        ("exact", "Zoë Fenwick", "she", "her"), ("exact", "Zoe Fenwick", "she", "her"),
        ("title_surname", "Miss Fenwick", "she", "her"), ("typo", "Zoe Fenwik", "she", "her"),
    ],
}
UNIQUE = {"rokafor", "zfenwick"}

SCHOOL_REFS = [
    ("exact", "The Springfield Centre"), ("alias", "Springfield Centre"),
    ("alias", "Springfield Center"), ("hashtag", "#SpringfieldCentre"),
    ("short_name", "Springfield school"), ("typo", "Sprngfield Centre"),
    ("obfuscated", "Spring-field Centre"), ("alias", "springfield centre"),
    ("typo", "Springfeild Centre"),
]

# Sentences about a staff member, by the category a line manager should see.
STAFF_CONCERN: dict[str, list[str]] = {
    "threat": [
        "I know where {ref} lives and I'm coming for {o}.",
        "Someone should stab {ref} in the car park, honestly.",
        "Watch your back {ref}, you won't see Christmas.",
        "I'm going to batter {ref} at the gates on Monday morning.",
        "If {ref} gives my lad one more detention I swear I'll kill {o}.",
        "{ref} deserves to be shot for what {s} did to my daughter.",
        "Hope {s} gets run over on the way home. {ref} has it coming.",
        "We'll be waiting for {o} after school, {ref} knows why.",
    ],
    "hate": [
        "{ref} should go back to {p} own country and stop teaching our kids.",
        "Why is a muslim like {ref} allowed near children? Muslims shouldn't teach in this town.",
        "{ref} is a dirty paki and everyone knows it.",
        "Gays shouldn't be allowed to teach. Get {ref} out.",
        "Typical immigrant, {ref} can barely speak English. Deport the lot of them.",
        "{ref} is a tranny freak and the governors are too scared to say it.",
    ],
    "sexual": [
        "{ref} is well fit, I would smash {o} back doors in.",
        "Anyone got nudes of {ref}? Heard they're going round.",
        "Rate {ref} out of 10 lads, sexy as hell in that skirt.",
        "{ref} is such a milf, the dads all say it.",
        "Leaked pics of {ref} topless are on a telegram channel.",
    ],
    "sexual_child": [
        "The year 10 girls say {ref} sends them sexy messages and asks for pictures.",
        "{ref} asked a 14 year old pupil for nudes, screenshots in the group chat.",
    ],
    "doxxing": [
        "{ref}'s mobile is 07700 900461, ring {o} and tell {o} what you think.",
        "{ref} lives at 14 Larch Close, Springfield SP2 7QT, go and knock.",
        "Here's {ref}'s personal email: teach.er.1984@gmail.com, fill {p} inbox.",
        "Text {o} on 07700 900982, that's {ref}'s own number.",
        "{ref} lives on Birch Avenue, number 22, the house with the blue door.",
    ],
    "defamation": [
        "{ref} was drunk at school again, you could smell it at parents' evening.",
        "{ref} stole money from the PTA fund, everyone knows.",
        "{ref} faked the SATs results last year to make the school look good.",
        "My son says {ref} hit a child in the corridor and the head covered up the incident.",
        "{ref} is a nonce, keep your kids away.",
        "Word is {ref} had an affair with a sixth former.",
        "{ref} cooked the books on the school trip money.",
    ],
    "abuse": [
        "{ref} is a stupid cow and a waste of space.",
        "What a dickhead {ref} is.",
        "{ref} is a fat ugly bitch, no wonder {s} is single.",
        "Let's all spam {ref}'s inbox until {s} quits.",
        "{ref}, you're a pathetic loser and nobody likes you.",
        "{ref} is a proper knobhead, thick as mince.",
        "Absolute clown, {ref}. Total muppet.",
    ],
    "negative": [
        "{ref} is the worst teacher my son has ever had.",
        "Really disappointed with how {ref} handled the bullying complaint.",
        "{ref} never replies to emails and is so unprofessional.",
        "{ref} shouted at my daughter in front of the whole class, totally unacceptable.",
        "Honestly {ref} should be sacked, the lessons are a shambles.",
        "Avoid if you can, {ref} just doesn't care about the kids.",
        "{ref} was rude and condescending at parents' evening.",
    ],
    "neutral": [
        "{ref} ran the science fair on Saturday and the kids loved it.",
        "Congratulations to {ref} on twenty years at the school!",
        "{ref} will lead the trip to the Natural History Museum in June.",
        "Thanks to {ref} for organising the charity bake sale.",
        "{ref} is a fucking brilliant teacher, my lad finally likes maths.",
        "{ref} is bloody amazing, shit hot at explaining fractions.",
        "{ref} absolutely killed it at the talent show, what a legend.",
        "{ref} coached the netball team to the county final.",
    ],
}
SCHOOL_CONCERN: dict[str, list[str]] = {
    "threat": ["Someone should burn that school down with the staff inside.",
               "I'm going to bring a knife to {school} tomorrow, watch."],
    "defamation": ["{school} covered up the abuse allegations to protect the head.",
                   "{school} faked its exam results to dodge Ofsted."],
    "negative": ["{school} is a disgrace, worst school in the county.",
                 "Do not send your kids to {school}, the bullying is out of control.",
                 "{school} rated inadequate by Ofsted, no surprise to parents."],
    "neutral": ["{school} opens its new library next week.",
                "{school} celebrates record GCSE results this summer.",
                "The summer fair at {school} raised £2,000 for the hospice."],
    "abuse": ["{school} is a shithole run by clowns and morons."],
}

NEWS_FILLER = [
    "The school, which has around 600 pupils, was rated good at its last inspection.",
    "Parents gathered outside the gates on Friday afternoon.",
    "A spokesperson for the local authority declined to comment further.",
    "The trust that runs the school said it would review its procedures.",
    "Local councillors are expected to discuss the matter next month.",
]
FORUM_FILLER = [
    "Anyone else had this?", "Sorry for the long post.", "My two go there, year 3 and year 5.",
    "Thanks all, will update.", "Agree with the above tbh.", "Not sure what to do next.",
]


def news_html(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title} | Springfield Gazette</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            "<footer>© Springfield Gazette. Contact newsdesk@gazette.example</footer>"
            "</body></html>")


def forum_html(title: str, posts: list[tuple[str, str]]) -> str:
    items = "".join(f"<article class='post'><header>{u}</header><div>{t}</div></article>"
                    for u, t in posts)
    return (f"<html><head><title>{title} - Mumsnet-style forum</title></head><body>"
            "<nav>Forums › Education › Primary</nav>"
            f"<h1>{title}</h1>{items}<form><textarea></textarea><button>Reply</button></form>"
            "</body></html>")


USERS = ["SunnyMum82", "dad_of_three", "Oakwood_parent", "anon123", "ReallyFedUp",
         "PTA_helper", "bluebell", "TiredTeacher", "grandma_jo", "Kev_S"]


def staff_doc(n: int, subject: str, category: str, voice: str) -> dict:
    variant, ref, s, o = rng.choice(REFS[subject])
    p = "her" if o == "her" else "his"
    sentence = rng.choice(STAFF_CONCERN[category]).format(ref=ref, s=s, o=o, p=p)
    sentence = sentence[0].upper() + sentence[1:] if not sentence.startswith(("@", "#")) \
        else sentence
    needs_school = subject not in UNIQUE or rng.random() < 0.5
    school_variant, school = rng.choice(SCHOOL_REFS) if needs_school else (None, "")
    if needs_school and rng.random() < 0.2:
        school_variant, school = None, "the school on Oakwood Lane"  # locality only
    expected = [{"subject": subject, "variant": variant,
                 "category": "sexual" if category == "sexual_child" else category,
                 "url_only": category == "sexual_child"}]
    if school_variant:
        expected.append({"subject": "school", "variant": school_variant, "category": "neutral"})
    if voice == "news":
        intro = (f"Parents at {school} have raised questions this week." if school
                 else "Parents have raised questions this week.")
        paras = [intro, rng.choice(NEWS_FILLER),
                 f"One comment posted on a community page read: {sentence}"
                 if category not in ("neutral",) else sentence,
                 rng.choice(NEWS_FILLER)]
        if category in ("threat", "hate", "abuse", "sexual", "sexual_child", "doxxing"):
            # A news article quoting an online post: reported, so the page itself is news.
            paras[2] = (f"Police said they were investigating after a post claimed: "
                        f"\u201c{sentence}\u201d")
            # Label policy: a reported, quoted or condemned attack is neutral for its subject
            # (the page reports an incident; it does not itself attack). Doxxing stays: the
            # page republishes the details.
            expected[0]["category"] = "neutral" if category != "doxxing" else "doxxing"
            expected[0]["url_only"] = False
        text = news_html("Row over online posts" if category != "neutral" else "School news",
                         paras)
        return {"kind": "news", "html": text, "expected": expected}
    if voice == "forum":
        posts = [(rng.choice(USERS), (f"Is anyone else at {school}? " if school else "")
                  + rng.choice(FORUM_FILLER)),
                 (rng.choice(USERS), sentence),
                 (rng.choice(USERS), rng.choice(FORUM_FILLER))]
        return {"kind": "forum", "html": forum_html("Year 6 teacher issues?", posts),
                "expected": expected}
    if voice == "review":
        stars = {"neutral": 5, "negative": 2}.get(category, 1)
        if school_variant and stars <= 2:
            # A one- or two-star review of the school criticises the school itself.
            expected[1]["category"] = "negative"
        text = (f"{'★' * stars}{'☆' * (5 - stars)}  Review of {school or 'the school'}\n\n"
                f"We moved our children here two years ago. {sentence}\n"
                f"{rng.choice(FORUM_FILLER)}")
        return {"kind": "review", "text": text, "expected": expected}
    tags = " #parents #school" if rng.random() < 0.5 else ""
    text = (f"{sentence} {('— ' + school) if school else ''}{tags}").strip()
    return {"kind": "social", "text": text, "expected": expected}


def school_doc(category: str, voice: str) -> dict:
    variant, school = rng.choice([r for r in SCHOOL_REFS if r[0] != "short_name"])
    sentence = rng.choice(SCHOOL_CONCERN[category]).format(school=school)
    if school not in sentence:
        sentence = f"{school}: {sentence}"
    expected = [{"subject": "school", "variant": variant, "category": category}]
    if voice == "news":
        return {"kind": "news", "html": news_html("Springfield school update",
                                                  [sentence, rng.choice(NEWS_FILLER)]),
                "expected": expected}
    return {"kind": "social", "text": sentence, "expected": expected}


# Hand-written documents: traps, decoys, same-name people, multi-subject pages.
HAND: list[dict] = [
    {"kind": "social", "text": "Threatening Mr Okafor is never OK. Whoever wrote that on the "
     "bus shelter should be ashamed.", "expected": [
         {"subject": "rokafor", "variant": "title_surname", "category": "neutral"}]},
    {"kind": "social", "text": "I would never hurt Mrs Smith, she's the best teacher at "
     "Springfield Centre. Don't listen to the rumours.", "expected": [
         {"subject": "jsmith", "variant": "title_surname", "category": "neutral"},
         {"subject": "school", "variant": "alias", "category": "neutral"}]},
    {"kind": "news", "html": news_html("Man jailed for threatening teacher", [
        "A 34-year-old man was jailed for 18 months after threatening to kill a teacher at "
        "the Springfield Centre.",
        "The court heard he sent messages to David Hughes saying "
        "\u201cI know where you live\u201d.",
        "Judge Amanda Price said the messages had caused real fear."]), "expected": [
        {"subject": "school", "variant": "exact", "category": "neutral"},
        {"subject": "dhughes", "variant": "exact", "category": "neutral"}]},
    {"kind": "forum", "html": forum_html("Abuse of teachers", [
        ("bluebell", "Someone wrote \"Ms Kaur is a stupid bitch\" on the wall by the Springfield "
         "Centre gates. Disgusting."),
        ("dad_of_three", "Reported it to the police. Zero tolerance for that.")]), "expected": [
        {"subject": "pkaur", "variant": "title_surname", "category": "neutral"},
        {"subject": "school", "variant": "alias", "category": "neutral"}]},
    {"kind": "news", "html": news_html("Business awards", [
        "The Springfield Centre for Business hosted the regional enterprise awards on Thursday.",
        "Jane Smith, chief executive of Smith Logistics, took the top prize."]), "expected": []},
    {"kind": "news", "html": news_html("Illinois news", [
        "Springfield, Illinois, is the state capital and home to the Lincoln museum.",
        "David Hughes, a local historian, led the tour."]), "expected": []},
    {"kind": "social", "text": "Jane Smith smashed the 400m freestyle at the Commonwealth "
     "Games! Incredible swim.", "expected": []},
    {"kind": "news", "html": news_html("Bakery wins award", [
        "Mr Baker the baker has won best loaf in the county for the third year running.",
        "Young people queued around the block on Saturday morning."]), "expected": []},
    {"kind": "news", "html": news_html("Road closure", [
        "Springfield Road will be closed for resurfacing from Monday.",
        "Drivers are advised to use Oakwood Avenue instead."]), "expected": []},
    {"kind": "review", "text": "★★★★★ Springfield Leisure Centre - great pool, friendly staff, "
     "the kids' swimming lessons are brilliant.", "expected": []},
    {"kind": "social", "text": "Watching The Simpsons again. Springfield Elementary's teachers "
     "are the worst lol", "expected": []},
    {"kind": "social", "text": "Young people today have no respect. Bill and Will went to the "
     "baker for bread.", "expected": []},
    {"kind": "news", "html": news_html("Rugby", [
        "David Hughes scored twice as Cardiff beat Bath 24-10 on Saturday.",
        "The Welsh winger was named man of the match."]), "expected": []},
    {"kind": "social", "text": "Robert Okafor is killing it as Head of Maths. Results up 20%!",
     "expected": [{"subject": "rokafor", "variant": "exact", "category": "neutral"}]},
    {"kind": "review", "text": "Springfield Centre: the head, Margaret Young, is bloody "
     "brilliant. Fuck me, the turnaround since she arrived!", "expected": [
         {"subject": "school", "variant": "alias", "category": "neutral"},
         {"subject": "myoung", "variant": "exact", "category": "neutral"}]},
    {"kind": "forum", "html": forum_html("Staff at Springfield", [
        ("SunnyMum82", "Mrs Young is lovely but Mr Baker is a total prick to the kids in PE."),
        ("ReallyFedUp", "Springfield school needs a new PE department tbh.")]), "expected": [
        {"subject": "myoung", "variant": "title_surname", "category": "neutral"},
        {"subject": "wbaker", "variant": "title_surname", "category": "abuse"},
        {"subject": "school", "variant": "short_name", "category": "neutral"}]},
    {"kind": "social", "text": "Springfield Centre staff are the best. Thank you Mr O'Brien for "
     "the amazing concert! #proudparent", "expected": [
         {"subject": "school", "variant": "alias", "category": "neutral"},
         {"subject": "tobrien", "variant": "title_surname", "category": "neutral"}]},
    {"kind": "social", "text": "Zoë Fenwick's exhibition opens tonight at the Hepworth. Go!",
     "expected": [{"subject": "zfenwick", "variant": "exact", "category": "neutral"}]},
    {"kind": "news", "html": news_html("Teacher charged", [
        "A teacher at the Springfield Centre has been charged with fraud, police said.",
        "William Baker, 41, is accused of stealing money from the school's sports fund.",
        "He will appear before magistrates next month."]), "expected": [
        {"subject": "school", "variant": "exact", "category": "neutral"},
        {"subject": "wbaker", "variant": "exact", "category": "neutral"}]},
    {"kind": "social", "text": "Not saying Mr Hughes at Springfield Centre is an idiot, but he "
     "did lose the PE kit again 😂", "expected": [
         {"subject": "dhughes", "variant": "title_surname", "category": "neutral"},
         {"subject": "school", "variant": "alias", "category": "neutral"}]},
    {"kind": "social", "text": "The Springfield Centre's office number is 01632 960000 if you "
     "need to ring about Mrs Smith's trip letter.", "expected": [
         {"subject": "school", "variant": "exact", "category": "neutral"},
         {"subject": "jsmith", "variant": "title_surname", "category": "neutral"}]},
    {"kind": "news", "html": news_html("Springfield Centre for Business expands", [
        "The Springfield Centre for Business is moving to a bigger site on the ring road.",
        "Its director said the move would create 40 jobs."]), "expected": []},
    {"kind": "social", "text": "Congrats to Siobhan McAllister-Reid on her promotion to Head "
     "of Year 9 at Springfield Centre!", "expected": [
         {"subject": "smcreid", "variant": "exact", "category": "neutral"},
         {"subject": "school", "variant": "alias", "category": "neutral"}]},
    {"kind": "social", "text": "Nobody should speak to Ms Kaur like that. Calling her a paki is "
     "racist and wrong. Springfield Centre must act.", "expected": [
         {"subject": "pkaur", "variant": "title_surname", "category": "neutral"},
         {"subject": "school", "variant": "alias", "category": "neutral"}]},
    {"kind": "forum", "html": forum_html("Oakwood Lane school run", [
        ("grandma_jo", "Parking on Oakwood Lane at pick-up is a nightmare again."),
        ("Kev_S", "Mrs Smith on the gate told everyone to move on, fair play to her.")]),
     "expected": [{"subject": "jsmith", "variant": "title_surname", "category": "neutral"}]},
    {"kind": "social", "text": "My neighbour Jane Smith makes the best cakes in Leeds.",
     "expected": []},
    {"kind": "social", "text": "J Smith & Sons plumbers, Springfield Road: fast and fair "
     "prices.", "expected": []},
    {"kind": "review", "text": "Springfield Center mall has a new food court. Springfield, "
     "Missouri's best shopping.", "expected": []},
    {"kind": "news", "html": news_html("School praised", [
        "Ofsted inspectors praised The Springfield Centre for its calm classrooms.",
        "Headteacher Margaret Young said staff were \u201cdelighted\u201d.",
        "Deputy head David Hughes thanked parents for their support."]), "expected": [
        {"subject": "school", "variant": "exact", "category": "neutral"},
        {"subject": "myoung", "variant": "exact", "category": "neutral"},
        {"subject": "dhughes", "variant": "exact", "category": "neutral"}]},
]


# Hand-written documents for the failure causes found on the held-out corpus (written afresh,
# not copied from it): D concern words aimed at a person, not the school; E complaints about
# the school away from its name; F serious wording the phrase rules missed; G traps (condemned,
# reported, praise with swearing); H the school's own address read as a home; A–C name forms
# and context (short name, line breaks, surname alone, typos, soft hyphen, excludes abroad).
def _n(subject: str, variant: str, category: str, **kw: object) -> dict:
    return {"subject": subject, "variant": variant, "category": category, **kw}


HAND_CAUSES: list[dict] = [
    # D — the attack is on a member of staff; the school is only where they work.
    {"kind": "social", "text": "Mrs Smith at Springfield Centre is a two-faced cow and one day "
     "someone is going to slap her.", "expected": [
         _n("jsmith", "title_surname", "threat"), _n("school", "alias", "neutral")]},
    {"kind": "forum", "html": forum_html("PE department", [
        ("dad_of_three", "Has anyone had dealings with William Baker at the Springfield "
         "Centre? My lad won't get changed for PE any more."),
        ("anon123", "Baker is a nasty little prick who picks on the quiet kids.")]),
     "expected": [_n("wbaker", "exact", "abuse"), _n("school", "exact", "neutral")]},
    {"kind": "social", "text": "Miss Fenwick from The Springfield Centre is well fit, the dads at "
     "pick-up all fancy her. Would bang.", "expected": [
         _n("zfenwick", "title_surname", "sexual"), _n("school", "exact", "neutral")]},
    {"kind": "review", "text": "Springfield Centre. Mr Hughes, the deputy there, is a liar and "
     "a fraud who fiddles the attendance figures so the school looks better than it is.",
     "expected": [_n("dhughes", "title_surname", "defamation"),
                  _n("school", "alias", "neutral")]},
    # E — the page is about the school and complains, but not right next to its name.
    {"kind": "review", "text": "Review: The Springfield Centre\n\nWe moved our two here in "
     "September. First impressions were fine.\n\nSince then the homework load has been "
     "ridiculous, three hours a night for a nine year old. Emails to the office go unanswered "
     "for weeks and nobody tells you anything until the last minute. I would not recommend it.",
     "expected": [_n("school", "exact", "negative")]},
    {"kind": "forum", "html": forum_html("Thinking about Springfield Centre?", [
        ("bluebell", "We are looking at Springfield Centre for year 7, any views?"),
        ("ReallyFedUp", "Honestly? Disorganised from top to bottom. My daughter was bullied "
         "for a whole term and it was never dealt with. Look elsewhere.")]),
     "expected": [_n("school", "alias", "negative")]},
    {"kind": "social", "text": "Open evening at #SpringfieldCentre tonight. Total waste of time, "
     "nobody showed us round and the head didn't turn up. 1 star.", "expected": [
         _n("school", "hashtag", "negative")]},
    {"kind": "review", "text": "\u2605\u2606\u2606\u2606\u2606 Springfield Center\n\n"
     "Communication with parents is poor. Trips are announced the day before and the "
     "website is never updated.", "expected": [_n("school", "alias", "negative")]},
    # F — serious wording the rules missed.
    {"kind": "social", "text": "Got a blade in the glovebox with Mr Okafor's name on it. "
     "Springfield Centre, see you Monday.", "expected": [
         _n("rokafor", "title_surname", "threat"), _n("school", "alias", "neutral")]},
    {"kind": "forum", "html": forum_html("Enough is enough", [
        ("Kev_S", "I am going to be at the Springfield Centre gates on Friday and David Hughes "
         "is going to get what's coming to him. I mean it this time.")]),
     "expected": [_n("dhughes", "exact", "threat"), _n("school", "exact", "neutral")]},
    {"kind": "social", "text": "Ms Kaur at Springfield Centre should be sent back where she came "
     "from. Her sort don't belong in our schools.", "expected": [
         _n("pkaur", "title_surname", "hate"), _n("school", "alias", "neutral")]},
    {"kind": "social", "text": "People saying \"Mr O'Brien\" has been sending sexual messages to "
     "a year 9 girl at Springfield Centre. Screenshots are going round.", "expected": [
         _n("tobrien", "title_surname", "sexual", url_only=True),
         _n("school", "alias", "neutral")]},
    {"kind": "forum", "html": forum_html("Exam results", [
        ("PTA_helper", "Everyone at Springfield Centre knows Mrs Young rigged the grades and "
         "let the year 11s cheat in their coursework.")]),
     "expected": [_n("myoung", "title_surname", "defamation"),
                  _n("school", "alias", "neutral")]},
    {"kind": "social", "text": "Mr Baker was drunk at the Springfield Centre summer fair, "
     "staggering round the tombola.", "expected": [
         _n("wbaker", "title_surname", "defamation"), _n("school", "alias", "neutral")]},
    {"kind": "forum", "html": forum_html("Year 6 again", [
        ("SunnyMum82", "Jane Smith at Springfield Centre is a useless woman. A joke of a "
         "teacher, lazy and rude to every parent she meets.")]),
     "expected": [_n("jsmith", "exact", "abuse"), _n("school", "alias", "neutral")]},
    {"kind": "social", "text": "Mrs McAllister-Reid sets so much homework my son is up past "
     "ten every night, and she still hasn't written the reference she promised. "
     "Springfield Centre", "expected": [
         _n("smcreid", "title_surname", "negative"), _n("school", "alias", "neutral")]},
    {"kind": "forum", "html": forum_html("Year 6", [
        ("TiredTeacher", "Mrs Smith is a total disgrace. Useless, idle and spiteful, and the "
         "Springfield Centre does nothing about her. Pathetic.")]),
     "expected": [_n("jsmith", "title_surname", "abuse"), _n("school", "alias", "negative")]},
    # G — traps: condemned, reported, or praise with swearing.
    {"kind": "social", "text": "Threatening a teacher like Mrs Young is never acceptable. The "
     "Springfield Centre has my full support.", "expected": [
         _n("myoung", "title_surname", "neutral"), _n("school", "alias", "neutral")]},
    {"kind": "social", "text": "Whoever posted Mr Hughes's home address should be ashamed. "
     "We condemn doxxing of Springfield Centre staff.", "expected": [
         _n("dhughes", "title_surname", "neutral"), _n("school", "alias", "neutral")]},
    {"kind": "news", "html": news_html("Parent charged", [
        "A parent has been charged with harassment after messages were sent to Priya Kaur, "
        "a teacher at the Springfield Centre, police said.",
        "He will appear before magistrates next month."]),
     "expected": [_n("pkaur", "exact", "neutral"), _n("school", "alias", "neutral")]},
    {"kind": "news", "html": news_html("Racially aggravated offence", [
        "A Springfield man has been found guilty of a racially aggravated public order "
        "offence after shouting abuse at Ms Kaur outside the Springfield Centre.",
        "The court heard the words he used were deeply offensive."]),
     "expected": [_n("pkaur", "title_surname", "neutral"), _n("school", "alias", "neutral")]},
    {"kind": "review", "text": "Springfield Centre: Mr Okafor is a f***ing amazing teacher and "
     "the maths department is bloody brilliant.", "expected": [
         _n("rokafor", "title_surname", "neutral"), _n("school", "alias", "neutral")]},
    # H — the school's own address is not a home address.
    {"kind": "social", "text": "Mrs Smith's choir is singing at 4pm, 5 mins at Oakwood Park "
     "from the Springfield Centre gates, then cake in the hall.", "expected": [
         _n("jsmith", "title_surname", "neutral"), _n("school", "alias", "neutral")]},
    # A — the short name needs the school named, an alias, its site or another locality.
    {"kind": "forum", "html": forum_html("Springfield Parents Talk", [
        ("bluebell", "Can anyone recommend a maths tutor in Springfield? Year 5, struggling "
         "with fractions."), ("Kev_S", "Try the library, they have a list of tutors.")]),
     "expected": []},
    {"kind": "news", "html": news_html("District news", [
        "Teachers in Springfield, Illinois, voted to accept the district's pay offer.",
        "Classes resume on Monday at every school in the district."]), "expected": []},
    {"kind": "social", "text": "Lovely nativity from the Springfield school on Oakwood Lane this "
     "afternoon, the year 2s stole the show.", "expected": [
         _n("school", "short_name", "neutral")]},
    # B — name forms.
    {"kind": "forum", "html": forum_html("EHCP help", [
        ("Oakwood_parent", "I finally had my meeting at the Springfield Centre about my son's "
         "plan and Priya<br>Kaur was brilliant, really listened and explained everything.")]),
     "expected": [_n("pkaur", "exact", "neutral"), _n("school", "exact", "neutral")]},
    {"kind": "social", "text": "Okafor's Saturday maths club is the best thing that has "
     "happened to my son this year.", "expected": [_n("rokafor", "surname_only", "neutral")]},
    {"kind": "social", "text": "Jnae Simth from Springfield Centre organised the whole sponsored "
     "walk by herself. Legend.", "expected": [
         _n("jsmith", "typo", "neutral"), _n("school", "alias", "neutral")]},
    {"kind": "social", "text": "Ms McAllister\u00adReid took the Springfield Centre choir to the "
     "regional final.", "expected": [
         _n("smcreid", "hyphenated", "neutral"), _n("school", "alias", "neutral")]},
    {"kind": "social", "text": "Maggie Y. at Springfield Centre sorted my daughter's transfer in "
     "a day. Thank you!", "expected": [
         _n("myoung", "first_initial", "neutral"), _n("school", "alias", "neutral")]},
    # I — a short post read as a whole: its mood is about the school unless it attacks a
    # member of staff or mourns; praise with a gripe, or bad weather at a good day, is not.
    {"kind": "social", "text": "Miss Kaur shouted at my daughter in front of the whole class. "
     "She came home sobbing, miserable and scared. #SpringfieldCentre", "expected": [
         _n("pkaur", "title_surname", "negative"), _n("school", "hashtag", "negative")]},
    {"kind": "social", "text": "Springfield Centre, what a miserable, cold, grim place for "
     "kids. Heartbreaking.", "expected": [_n("school", "alias", "negative")]},
    {"kind": "social", "text": "Sad news: the Springfield Centre's caretaker passed away "
     "suddenly last night. Devastated for his family.", "expected": [
         _n("school", "exact", "neutral")]},
    {"kind": "social", "text": "Mr Hughes at the Springfield Centre was a bit grumpy at pick-up "
     "but the school is wonderful and my kids love it.", "expected": [
         _n("dhughes", "title_surname", "neutral"), _n("school", "exact", "neutral")]},
    {"kind": "social", "text": "Horrible weather for sports day at Springfield Centre, soaked "
     "and freezing, but the kids had a blast!", "expected": [
         _n("school", "alias", "neutral")]},
    # C — an exclude entry abroad, and a namesake school in the US.
    {"kind": "news", "html": news_html("Canada", [
        "Jane Smith teaches grade 3 at the elementary school on Oakwood Lane, Toronto.",
        "Her class raised money for a local shelter."]), "expected": []},
    {"kind": "news", "html": news_html("Ohio", [
        "Springfield, Ohio: Mrs Smith's second-grade class won the district spelling bee.",
        "The school board congratulated the children."]), "expected": []},
]

def main() -> None:
    docs: list[dict] = []
    cats = list(STAFF_CONCERN)
    voices = ["forum", "review", "social", "news"]
    subjects = list(REFS)
    n = 0
    for cat in cats:
        k = 16 if cat not in ("sexual_child",) else 6
        for _ in range(k):
            subject = subjects[n % len(subjects)]
            voice = voices[(n // len(subjects) + n) % len(voices)]
            docs.append(staff_doc(n, subject, cat, voice))
            n += 1
    for cat in SCHOOL_CONCERN:
        for voice in ("news", "social"):
            docs.append(school_doc(cat, voice))
    docs.extend(HAND)
    docs.extend(HAND_CAUSES)
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for i, d in enumerate(docs):
            name = f"{i:03d}-{d['kind']}" + (".html" if "html" in d else ".txt")
            (out / name).write_text(d.get("html") or d["text"], encoding="utf-8")
            labels.write(json.dumps({"file": name, "kind": d["kind"],
                                     "expected": d["expected"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {out}")


if __name__ == "__main__":
    main()
