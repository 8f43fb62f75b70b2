"""The matcher: variants, context, exclusions, concern and offsets (table-driven)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from repwatch import config
from repwatch.matching import Matcher, concern
from repwatch.matching.normalise import normalise
from repwatch.scan import run_scan

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(config.load(CORPUS / "watchlist.toml"))


SCHOOL = " Posted in the Springfield Centre parents group."

# text, subject, expected variant (None: no mention of that subject)
VARIANTS = [
    ("Jane Smith marked the books." + SCHOOL, "jsmith", "exact"),
    ("Jane Smyth-Jones marked the books." + SCHOOL, "jsmith", "alias"),
    ("Mrs Smith marked the books." + SCHOOL, "jsmith", "title_surname"),
    ("Mrs Smith's class went out." + SCHOOL, "jsmith", "title_surname"),
    ("J. Smith marked the books." + SCHOOL, "jsmith", "initial_surname"),
    ("Jane S. marked the books." + SCHOOL, "jsmith", "first_initial"),
    # in lower case, with the school's name after it
    ("jane s at springfield centre marked the books", "jsmith", "first_initial"),
    ("jane s from springfield gave me a detention", "jsmith", "first_initial"),
    ("jane s from the bakery gave me a bun" + SCHOOL, "jsmith", None),
    ("Janie Smith marked the books." + SCHOOL, "jsmith", "nickname"),
    ("Janey Smith marked the books." + SCHOOL, "jsmith", "nickname"),
    ("SMITH Jane (Year 6) marked the books." + SCHOOL, "jsmith", "exact"),  # a register
    ("Janey Brown marked the books." + SCHOOL, "jsmith", None),
    ("Bob Okafor marked the books.", "rokafor", "nickname"),
    ("Mrs Smiht marked the books." + SCHOOL, "jsmith", "typo"),
    ("Mr Okafer marked the books." + SCHOOL, "rokafor", "typo"),
    (
        "Mr Kafor marked the books." + SCHOOL,
        "rokafor",
        None,
    ),  # a misspelling keeps the first letter
    ("Siobhan McAlister-Reid marked the books." + SCHOOL, "smcreid", "typo"),
    ("Mrs Sm1th marked the books." + SCHOOL, "jsmith", "obfuscated"),
    ("Mrs S m i t h marked the books." + SCHOOL, "jsmith", "obfuscated"),
    ("Mrs S.m.i.t.h marked the books." + SCHOOL, "jsmith", "obfuscated"),
    # spaced letters run on into the article after them
    ("Someone should teach O k a f o r a lesson.", "rokafor", "surname_only"),
    ("Mrs S m i t h a lesson she won't forget" + SCHOOL, "jsmith", "obfuscated"),
    ("Mrs Y**ng marked the books." + SCHOOL, "myoung", "obfuscated"),  # a run of stars
    ("Mr O*afor marked the books." + SCHOOL, "rokafor", "obfuscated"),  # one star: any letter
    ("Mr O*a*or marked the books." + SCHOOL, "rokafor", None),  # more: vowels only
    ("Mr Ok****r marked the books." + SCHOOL, "rokafor", None),  # four stars: a guess
    ("Mrs \u0405mith marked the books." + SCHOOL, "jsmith", "obfuscated"),
    ("Mrs Smi\u200bth marked the books." + SCHOOL, "jsmith", "obfuscated"),
    ("#JaneSmith marked the books." + SCHOOL, "jsmith", "hashtag"),
    ("@mrs_smith_y6 marked the books." + SCHOOL, "jsmith", "handle"),
    ("watch your back @jane_smith74" + SCHOOL, "jsmith", "handle"),  # a handle's number
    ("brick through 0'Br1en's window" + SCHOOL, "tobrien", "surname_only"),  # O' as a zero
    ("great goal from @smith74" + SCHOOL, "jsmith", None),  # a surname and a number: anyone
    ("Mr O'Brien played piano." + SCHOOL, "tobrien", "title_surname"),
    ("Mr OBrien played piano." + SCHOOL, "tobrien", "title_surname"),  # apostrophe dropped
    ("Thomas OBrien played piano." + SCHOOL, "tobrien", "exact"),
    ("Mr O'Brein played piano." + SCHOOL, "tobrien", "typo"),  # an O' surname misspelt
    ("Mrs O'Brein played piano." + SCHOOL, "tobrien", None),  # Thomas is no Mrs
    # a surname misspelt alone, in a post (Okafor is marked distinctive)
    ("Okafer marked the books." + SCHOOL, "rokafor", "surname_only"),
    ("okafer marked the books." + SCHOOL, "rokafor", None),  # lower case: no name
    ("Oliver Okafer marked the books." + SCHOOL, "rokafor", None),  # someone else's first name
    ("Zoë Fenwick paints.", "zfenwick", "exact"),
    ("Zoe Fenwick paints.", "zfenwick", "exact"),
    ("#SpringfieldCentre rocks", "school", "hashtag"),
    # a campaign's tag written without its "#": three humps at least
    ("Day 3 of HughesMustGo." + SCHOOL, "dhughes", "camelcase"),
    ("Sign the petition OkaforOut today." + SCHOOL, "rokafor", None),
    ("Springfield Center rocks", "school", "alias"),
    ("Springfeild Centre rocks", "school", "typo"),
    ("Spring-field Centre rocks", "school", "obfuscated"),
    ("Springfield Ctr rocks", "school", "alias"),  # a generic word cut short
    ("Springfield Cntr. parents evening tonight", "school", "alias"),
    ("Springfield school parents are lovely", "school", "short_name"),
    # a surname next to a staff role, on a page naming the school
    ("The deputy head, Hughes, ran assembly." + SCHOOL, "dhughes", "surname_only"),
    ("Hughes the PE teacher was off today." + SCHOOL, "dhughes", "surname_only"),
    ("Hughes scored twice for the county side." + SCHOOL, "dhughes", None),
    # a namesake with another job or office
    ("Jane Smith is the most patient instructor ever, passed first time!" + SCHOOL, "jsmith", None),
    ("Contact sister Jane Smith (treasurer) to volunteer." + SCHOOL, "jsmith", None),
    ("Huge congratulations to club legend Jane Smith on 500 wickets." + SCHOOL, "jsmith", None),
    ("Jane Smith is the most patient teacher ever." + SCHOOL, "jsmith", "exact"),
    ("Jane Smith MS toured the school on Friday." + SCHOOL, "jsmith", None),
    ("Mr Okafor and Ms Smith took the trip to Cardiff." + SCHOOL, "jsmith", "title_surname"),
    # a teacher's own team, rule or letter
    ("Hughes's new rule is that phones go in a box all week." + SCHOOL, "dhughes", "surname_only"),
    ("Hughes's team put together a lovely profile for my son." + SCHOOL, "dhughes", "surname_only"),
    ("Hughes's team won the league again on Saturday.", "dhughes", None),
    ("The deputy head, Hughes, ran assembly at Oakfield Primary.", "dhughes", None),
    # near misses and false positives
    ("Jane Smith won gold in the pool.", "jsmith", None),  # no school context
    ("Mr Baker the baker won best loaf." + SCHOOL, "wbaker", "title_surname"),
    ("Young people queued for bread." + SCHOOL, "myoung", None),
    ("a smith and a baker walked in." + SCHOOL, "jsmith", None),
    ("The Springfield Centre for Business hosts awards.", "school", None),
    ("Springfield, Illinois is the state capital; schools there are fine.", "school", None),
    ("Springfield Leisure Centre has a pool for the kids.", "school", None),
    ("I live in Springfield.", "school", None),
    ("okafor is a common surname.", "rokafor", None),  # lower case: a word, not a name
    ("Jane Smithson marked the books." + SCHOOL, "jsmith", None),
    # B: name forms (line breaks, surname alone, typos in both names, soft hyphen, nickname)
    (
        "We finally had the meeting about the support plan and Priya\nKaur at the Springfield "
        "Centre was lovely.",
        "pkaur",
        "exact",
    ),  # a wrapped line
    ("Okafor's Saturday maths club is the best thing all year.", "rokafor", "surname_only"),
    # not unique: needs more than a possessive (a teacher's own group, where the school is named)
    ("Kaur's reading group is great." + SCHOOL, "pkaur", "surname_only"),
    ("Kaur's takeaway is great." + SCHOOL, "pkaur", None),
    ("Jnae Simth at Springfield Centre organised the walk.", "jsmith", "typo"),
    ("jnae simth at Springfield Centre organised the walk.", "jsmith", None),  # lower case
    ("Ms McAllister\u00adReid ran the trip." + SCHOOL, "smcreid", "title_surname"),
    ("Ms McAllister-Reid ran the trip." + SCHOOL, "smcreid", "title_surname"),  # no disguise
    ("McAllisterReid has ruined this place." + SCHOOL, "smcreid", "camelcase"),  # run together
    ("Maggie Y. sorted the transfer." + SCHOOL, "myoung", "first_initial"),
    ("Maggie Y. sorted the transfer at the bakery.", "myoung", None),  # no school context
    # A: the short name alone needs the school named, its site or another locality
    (
        "Springfield Parents Talk: the friendly forum for parents in and around Springfield. "
        "Can anyone recommend a maths tutor for year 5?",
        "school",
        None,
    ),
    ("Teachers in Springfield, Illinois voted to accept the pay offer.", "school", None),
    ("The Springfield school on Oakwood Lane put on a lovely nativity.", "school", "short_name"),
    (
        "Lovely nativity at Springfield this afternoon, see you on Oakwood Lane next year.",
        "school",
        "short_name",
    ),
    # C: an exclude entry abroad, and a namesake school in the US
    ("Jane Smith teaches grade 3 on Oakwood Lane, Toronto.", "jsmith", None),
    ("Springfield, Ohio: Mrs Smith's class won the spelling bee.", "jsmith", None),
]


@pytest.mark.parametrize(("text", "subject", "variant"), VARIANTS)
def test_variants(matcher: Matcher, text: str, subject: str, variant: str | None) -> None:
    found = {m.subject: m for m in matcher.scan(text)}
    if variant is None:
        assert subject not in found
        return
    assert subject in found, text
    m = found[subject]
    assert m.variant == variant
    assert text[m.start : m.end] == m.matched
    assert 0 < m.score <= 1 and m.reason and m.snippet


# text, subject, worst category
# Benign twins the learned model (58 tuning corpora, raising at 70%) reads as attacks: kept as
# the behaviour we want, failing until a rule or more data clears them (bench/RESULTS.md,
# twenty-third and twenty-fifth sessions). strict: a fix is seen.
LEARNED_FP = pytest.mark.xfail(strict=True, reason="the learned model raises this benign twin")

CONCERN = [
    ("Mrs Smith at Springfield Centre: I know where she lives.", "jsmith", "threat"),
    # Label policy: a condemned, reported or quoted attack is neutral for its subject.
    ("Threatening Mr Okafor is never OK.", "rokafor", "neutral"),
    ("I would never hurt Mr Okafor.", "rokafor", "neutral"),
    ("A man was jailed for threatening to kill Mr Okafor, police said.", "rokafor", "neutral"),
    ("Mr Okafor should go back to his own country.", "rokafor", "hate"),
    ("Mr Okafor is well fit, would smash.", "rokafor", "sexual"),
    ("Mr Okafor's mobile is 07700 900461, ring him.", "rokafor", "doxxing"),
    ("Ring the Springfield Centre office on 01632 960000 about Mr Okafor.", "rokafor", "neutral"),
    ("Mr Okafor lives at 14 Larch Close, SP2 7QT.", "rokafor", "doxxing"),
    ("Mr Okafor stole money from the PTA fund.", "rokafor", "defamation"),
    ("Mr Okafor is a stupid dickhead.", "rokafor", "abuse"),
    ("Mr Okafor is a fucking brilliant teacher.", "rokafor", "neutral"),
    ("Mr Okafor is killing it this term.", "rokafor", "neutral"),
    ("Mr Okafor never replies to emails, so unprofessional.", "rokafor", "negative"),
    ("Not saying Mr Okafor is an idiot, but he lost the kit.", "rokafor", "neutral"),
    ("Mrs Young is lovely but Mr Okafor is a total prick.", "rokafor", "abuse"),
    ("Mr Okafor is lovely but Mrs Young at Springfield Centre is a prick.", "rokafor", "neutral"),
    ('Someone wrote "Mr Okafor is a bitch" on the wall. Disgusting.', "rokafor", "neutral"),
    # F: serious wording in other words
    ("Got a blade with Mr Okafor's name on it.", "rokafor", "threat"),
    ("Mr Okafor is going to get what's coming to him on Friday.", "rokafor", "threat"),
    ("I'll be waiting for him after school. Mr Okafor knows why.", "rokafor", "threat"),
    ("Mr Okafor should be sent back where he came from.", "rokafor", "hate"),
    ("Her sort don't belong in our schools, Ms Kaur included." + SCHOOL, "pkaur", "hate"),
    ("Mr Okafor has been fiddling the attendance figures.", "rokafor", "defamation"),
    ("Mr Okafor was drunk at the Christmas concert.", "rokafor", "defamation"),
    ("Mr Okafor rigged the grades and let his class cheat.", "rokafor", "defamation"),
    ("Mr Okafor is a useless man.", "rokafor", "abuse"),
    ("Mr Okafor is a joke of a teacher.", "rokafor", "abuse"),
    ("Mr Okafor is an absolute disgrace. Useless, lazy and nasty with it.", "rokafor", "abuse"),
    ("Mr Okafor is lazy and rude.", "rokafor", "negative"),  # two words: a complaint
    ("Mr Okafor sets far too much homework.", "rokafor", "negative"),
    ("Mr Okafor refused to write my son a reference.", "rokafor", "negative"),
    ("Mr Okafor hasn't answered any of my emails.", "rokafor", "negative"),
    ("Mr Okafor has never once replied to an email in four years.", "rokafor", "negative"),
    ("Mr Okafor is never available, it's always next week.", "rokafor", "negative"),
    ("Mr Okafor still refuses to meet parents.", "rokafor", "negative"),
    ("Mr Okafor treats the children like prisoners.", "rokafor", "negative"),
    ("Mr Okafor hands out detentions like sweeties.", "rokafor", "negative"),
    ("Mr Okafor really kicked me out of orchestra for one rehearsal.", "rokafor", "negative"),
    ("Mr Okafor's bleep test in the rain is a human rights violation.", "rokafor", "negative"),
    ("Mr Okafor treats the children like adults, which they love.", "rokafor", "neutral"),
    ("Mr Okafor teaches in a room with no heating, again." + SCHOOL, "rokafor", "negative"),
    ("The toilets are still locked all day at Springfield Centre.", "school", "negative"),
    ("Mr Okafor showed me round while fixing a broken boiler." + SCHOOL, "rokafor", "neutral"),
    (
        "#JusticeForMrOkafor suspended over nothing and Springfield Centre won't say a word.",
        "rokafor",
        "neutral",
    ),  # a campaign for him: its complaints are on his behalf
    ("Justice for Mr Okafor! Suspended for nothing." + SCHOOL, "rokafor", "neutral"),
    ("Day 3 of HughesMustGo." + SCHOOL, "dhughes", "negative"),  # a campaign against him
    ("Time he left. #OkaforGoHome" + SCHOOL, "rokafor", "hate"),  # the racist's tag
    ("OkaforGoHomeToNigeria, British jobs for British teachers.", "rokafor", "hate"),
    ("Brilliant concert! #CheersOkafor" + SCHOOL, "rokafor", "neutral"),
    pytest.param(
        "Mr Okafor was suspended for shouting at pupils." + SCHOOL,
        "rokafor",
        "negative",
        marks=LEARNED_FP,
    ),
    (
        "Threats against Mr Okafor are never acceptable. If you have a concern, ring the school."
        + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor is never late, and never misses a match.", "rokafor", "neutral"),
    # G: traps
    ("We condemn the doxxing of Mr Okafor; posting his address is wrong.", "rokafor", "neutral"),
    (
        "A man was found guilty of a racially aggravated hate crime against Mr Okafor.",
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor is a f***ing amazing teacher.", "rokafor", "neutral"),
    ("Mr Okafor is bloody brilliant.", "rokafor", "neutral"),
    ('My son thought he was "rubbish at maths" until Mr Okafor taught him.', "rokafor", "neutral"),
    ("The year 2s stole the show, well done Mr Okafor.", "rokafor", "neutral"),
    # H: a time and a park are not a home address
    ("Mr Okafor's club meets 5 mins at Oakwood Park after school.", "rokafor", "neutral"),
    # a home without a house number: a flat in a named block, a street before a postcode
    ("Mr Okafor is in flat 3, Kestrel House on the Mossbury Estate.", "rokafor", "doxxing"),
    ("Mr Okafor's class made a model of Kestrel House in 3 days.", "rokafor", "neutral"),
    ("Mr Okafor is at Lark House, Sheep Lane, Mallowfield GU8 2TD.", "rokafor", "doxxing"),
    ("Mr Okafor lives above the bookies on Linacre Lane.", "rokafor", "doxxing"),
    ("Mr Okafor's house on Linnet Way has a lemon tree.", "rokafor", "doxxing"),
    ("Mr Okafor says the team fought for their lives in the last 5 minutes.", "rokafor", "neutral"),
    # the house number after its street, and a post's address and mobile fields further on
    (
        "Okafor's house is the one on Bastion Road in Stoke with the green door, number 4.",
        "rokafor",
        "doxxing",
    ),
    ("Mr Okafor says the number 42 bus on Wellbury Road is late again.", "rokafor", "neutral"),
    # a car's registration told with the car, where they live "off" a road, a "Circle"
    ("Mr Okafor: red Mini, PM21 RMN, parked on Windrush Court every night.", "rokafor", "doxxing"),
    ("Mr Okafor says the minibus AB12 CDE is booked for the trip.", "rokafor", "neutral"),
    ("Mr Okafor lives off Ashgrove Road in Low Fell.", "rokafor", "doxxing"),
    ("Mr Okafor lives off toast and coffee in exam season.", "rokafor", "neutral"),
    # their own social account given out, not the department's
    (
        "Mr Okafor's Insta is private but his Strava is @rob.okafor.runs, home to gate.",
        "rokafor",
        "doxxing",
    ),
    ("Follow Mr Okafor's maths department on Instagram @springfieldmaths.", "rokafor", "neutral"),
    ("Mr Okafor, 27 Tullyhaugh Circle, AB17. Share before they delete.", "rokafor", "doxxing"),
    (
        "Mr Okafor took the team to Wellbury Road, number 9 on the fixtures list.",
        "rokafor",
        "neutral",
    ),
    (
        "Meet Mr Okafor. Runs the Pride club for kids.\n\nAddress: Flat 2, 41 Saltings Way\n"
        "Mobile: 07700 900562\n\nShare widely.",
        "rokafor",
        "doxxing",
    ),
    (
        "Thanks to Mr Okafor for the talk.\n\nBook the hall: Tel: 01632 960123, Wellbury.",
        "rokafor",
        "neutral",
    ),
    # D: the attack is on the teacher, not on the school
    ("Mrs Smith at Springfield Centre is a cow and someone should slap her.", "school", "neutral"),
    ("Mr Hughes at Springfield Centre fiddles the figures. Total fraud.", "school", "neutral"),
    ("Mr Hughes at Springfield Centre is sexy, would bang.", "school", "neutral"),
    # ... unless the school itself is what is to be burnt
    (
        "Someone should burn Springfield Centre to the ground with Mr Hughes locked inside.",
        "school",
        "threat",
    ),
    ("Someone should slap Mr Hughes at Springfield Centre, honestly.", "school", "neutral"),
    # E: a page about the school that complains away from its name
    (
        "Review: The Springfield Centre\n\nIf my son is excluded again I swear I will burn "
        "that school to the ground. You have been warned.",
        "school",
        "threat",
    ),
    (
        "Review: The Springfield Centre\n\nMy son says the science block is so hot you could "
        "burn toast in it. Lovely teachers though.",
        "school",
        "neutral",
    ),
    (
        "Review: The Springfield Centre\n\nWe joined in September.\n\nThe homework load is "
        "ridiculous and emails to the office go unanswered. Would not recommend.",
        "school",
        "negative",
    ),
    (
        "Springfield Centre open evening tonight. Nobody showed us round. 1 star.",
        "school",
        "negative",
    ),
    (
        "The Springfield Centre\n\nAverage rating 3.5 out of 5 from 2 reviews.\n\n"
        "Poor communication \u2605\u2605\u2606\u2606\u2606\n\nLovely school "
        "\u2605\u2605\u2605\u2605\u2605",
        "school",
        "neutral",
    ),  # a listing of reviews
    (
        "The Springfield Centre - employee reviews\n3.1 \u2605\u2605\u2605\u2606\u2606 "
        "(27 reviews)\n\nTeaching Assistant\n\u2605\u2605\u2605\u2605\u2606  May 2025\n"
        "Pros: lovely kids. Cons: Pay, and the building is falling apart.\nLike \u00b7 Share\n\n"
        "Teacher\n\u2605\u2605\u2605\u2605\u2605  March 2025\nGreat team.",
        "school",
        "negative",
    ),  # a listing's cons are complaints about the school
    pytest.param(
        "The Springfield Centre - employee reviews\n3.1 \u2605\u2605\u2605\u2606\u2606 "
        "(27 reviews)\n\nTeacher\n\u2605\u2605\u2605\u2605\u2606  May 2025\n"
        "Pros: lovely kids. Cons: Mrs Smith micromanages everything.\nLike \u00b7 Share\n\n"
        "Teacher\n\u2605\u2605\u2605\u2605\u2605  March 2025\nPros: great team. Cons: none "
        "really.",
        "school",
        "neutral",
        # cons about a named teacher are theirs; "Cons: none" is no complaint. The learned model
        # (44 corpora) reads the listing as the school's complaint, 92% sure; kept as the
        # behaviour we want (bench/RESULTS.md, twenty-third session); strict: a fix is seen
        marks=pytest.mark.xfail(strict=True, reason="the learned model raises this listing"),
    ),
    (
        "Google Maps \u00b7 The Springfield Centre\nSecondary school\n\nLeanne D\n"
        "\u2605\u2606\u2606\u2606\u2606 3 months ago\nUniform policy is ridiculous and "
        "nobody listens.\n\nJosh M\n\u2605\u2605\u2605\u2605\u2605 5 months ago\nGot my "
        "grades.",
        "school",
        "negative",
    ),  # a one-star review in a listing headed by the school
    (
        "Google Maps \u00b7 The Springfield Centre\nSecondary school\n\nLeanne D\n"
        "\u2605\u2606\u2606\u2606\u2606 3 months ago\nShe never listens, the new head of "
        "year.\n\nJosh M\n\u2605\u2605\u2605\u2605\u2605 5 months ago\nGot my grades.",
        "school",
        "neutral",
    ),  # about an unnamed teacher, not the school
    (
        "Google Maps \u00b7 The Springfield Centre\nSecondary school\n\nUbah Y\n"
        "\u2605\u2605\u2605\u2605\u2605 4 days ago\nSorted out my son's bullying in two days."
        "\n\nPritesh L\n\u2605\u2605\u2605\u2606\u2606 2 weeks ago\nDecent school, canteen "
        "food is overpriced.",
        "school",
        "neutral",
    ),  # praise, and a shrug in a three-star review
    (
        "Scott's Schoolwear \u00b7 uniform shop\n\nChristine D\n\u2605\u2605\u2605\u2605"
        "\u2605 a month ago\nThey knew all about Springfield Centre's new blazer policy.\n\n"
        "Jamie H\n\u2605\u2606\u2606\u2606\u2606 2 months ago\nOverpriced ties, rude staff.",
        "school",
        "neutral",
    ),  # another body's page that names the school in passing
    (
        "Google Maps \u00b7 The Springfield Centre\n3.1 \u2605\u2605\u2605\u2606\u2606 (214 "
        "reviews)\n\nTunji F\n\u2605\u2605\u2606\u2606\u2606 8 months ago\nDealing with the "
        "finance side of this school is a nightmare.",
        "school",
        "negative",
    ),  # a two-star review's complaint about the institution
    (
        "Google Maps \u00b7 The Springfield Centre\n3.1 \u2605\u2605\u2605\u2606\u2606 (214 "
        "reviews)\n\nTunji F\n\u2605\u2605\u2606\u2606\u2606 8 months ago\nGood teachers. "
        "Parking at pick-up is a nightmare.",
        "school",
        "neutral",
    ),  # a two-star review is mixed: a gripe about parking is not about the school
    (
        "Springfield Centre staff reviews\n\nTA - 2/5\nPros: the kids.\nCons: nobody tells you "
        "anything.\nHelpful? Yes / No\n\nTeacher - 4/5\nSupportive team. The deputy (Mr "
        "Okafor) will come and help himself.",
        "rokafor",
        "neutral",
    ),  # named in the next review, not under the last one's "Cons"
    (
        "Springfield Centre staff reviews\n\nTA - 2/5\nPros: the kids.\nCons: Mr Okafor's "
        "open door is, in practice, closed.",
        "rokafor",
        "negative",
    ),
    ("Springfield Centre is lovely. Hillcrest Academy is a shambles though.", "school", "neutral"),
    (
        "Everyone knows Mr Okafor is changing coursework marks and the school is covering it up. "
        "Springfield Centre parents, ask questions.",
        "school",
        "defamation",
    ),  # the school's own part in a sentence about a teacher
    (
        "My son says Mr Okafor hit a child and the head covered up the incident. Springfield "
        "Centre parents, ask questions.",
        "school",
        "neutral",
    ),  # the head's act is the head's
    # I: a short post read as a whole (sentiment), with its guards
    (
        "Springfield Centre: cold, grim, miserable place. My kids are scared and sad every day.",
        "school",
        "negative",
    ),
    (
        "Miss Kaur did the Springfield Centre assembly today about kindness.",
        "school",
        "neutral",
    ),  # "Miss" is a title, not a loss
    (
        "RIP to the Springfield Centre's lollipop man, a sad, sad day for everyone. Heartbroken.",
        "school",
        "neutral",
    ),  # grief is not criticism
    (
        "Vile, disgusting messages about Mrs Smith at Springfield Centre. No one should have to "
        "read that.",
        "school",
        "neutral",
    ),  # condemnation
    (
        "Mrs Smith at Springfield Centre is a vile witch, miserable cow.",
        "school",
        "neutral",
    ),  # an attack on staff stays theirs
    # J: masked words are read as written out
    ("Mr Okafor is a stuck up b*tch." + SCHOOL, "rokafor", "abuse"),
    ("Mr Okafor is a p*ki and should go home." + SCHOOL, "rokafor", "hate"),
    ("Mr Okafor is another papist leech." + SCHOOL, "rokafor", "hate"),
    ("Mr Okafor is yet another cow-worshipping pajeet." + SCHOOL, "rokafor", "hate"),
    ("Ms Kaur is a filthy somali leech, send her back on the next boat." + SCHOOL, "pkaur", "hate"),
    ("Mr Okafor took the boat back to Lagos for the summer." + SCHOOL, "rokafor", "neutral"),
    ("Ms Kaur is a dirty Somali pirate, go back to your famine." + SCHOOL, "pkaur", "hate"),
    ("Ms Kaur dressed as a pirate for World Book Day." + SCHOOL, "pkaur", "neutral"),
    (
        "if Mr Okafor touches my phone again im jumping him after school fr" + SCHOOL,
        "rokafor",
        "threat",
    ),
    ("Mr Okafor was jumping around after school at the fun run" + SCHOOL, "rokafor", "neutral"),
    # praised in their own sentence: the complaints around it are not about them
    (
        "The SEN provision is a disgrace. Mrs Smith has been kind to us personally. "
        "A complaint has gone to the trust." + SCHOOL,
        "jsmith",
        "neutral",
    ),
    (
        "The SEN provision is a disgrace. Mrs Smith never replies to emails. "
        "A complaint has gone to the trust." + SCHOOL,
        "jsmith",
        "negative",
    ),
    ("Mr Okafor was lovely but his homework is ridiculous." + SCHOOL, "rokafor", "negative"),
    (
        "Mrs Smith in Year 6 is the best teacher my son has ever had. Knocked a star off because "
        "the car park is chaos." + SCHOOL,
        "jsmith",
        "neutral",
    ),
    (
        "Huge thanks to Mrs Smith, she made my son love reading again. The canteen food is "
        "terrible though." + SCHOOL,
        "jsmith",
        "neutral",
    ),
    (
        "Shout out to Mr Okafor for getting me through GCSE music. I was the worst kid in "
        "the school." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Oh yes, Mrs Smith is SO responsive. Only took her five months to reply to my email. "
        "Truly a miracle worker 🙄" + SCHOOL,
        "jsmith",
        "negative",
    ),  # sarcasm: the praise means the opposite
    (
        "Mrs Smith was there at pick-up. The canteen food is terrible though." + SCHOOL,
        "jsmith",
        "negative",
    ),
    ("Mr Okafor said they'd be naked without their PE kit lol." + SCHOOL, "rokafor", "neutral"),
    # a street address that is a stall or an outing, not a home
    ("Mrs Smith runs the stall at 14 Market Street every Saturday." + SCHOOL, "jsmith", "neutral"),
    ("Mr Okafor's class trip is to 10 Downing Street in May!" + SCHOOL, "rokafor", "neutral"),
    (
        "Mrs Smith lives at 14 Birch Avenue, the one with the blue door." + SCHOOL,
        "jsmith",
        "doxxing",
    ),
    # insult words meant literally: an animal, a costume, a trade
    ("Mrs Smith brought in her pet snake for science week." + SCHOOL, "jsmith", "neutral"),
    ("Mr Okafor ran the pig farm visit for Year 2." + SCHOOL, "rokafor", "neutral"),
    pytest.param(
        "Mrs Smith is a dinosaur expert, the kids love her club." + SCHOOL,
        "jsmith",
        "neutral",
        marks=LEARNED_FP,
    ),
    pytest.param(
        "Mr Okafor played the pantomime cow, what a laugh." + SCHOOL,
        "rokafor",
        "neutral",
        marks=LEARNED_FP,
    ),
    ("Mrs Smith is a snake, never trust a word she says." + SCHOOL, "jsmith", "abuse"),
    # a campaign against them in a tag, not for them
    ("900 suspensions in a year, enough is enough. #SackOkafor" + SCHOOL, "rokafor", "negative"),
    ("#OkaforOut, sign the petition." + SCHOOL, "rokafor", "negative"),
    ("Retiring after 30 years! #ThankYouOkafor" + SCHOOL, "rokafor", "neutral"),
    # Manchester forms: threats, hate, cover-ups and costs (train20)
    ("If I ever see Okafor in town I'll knock him spark out." + SCHOOL, "rokafor", "threat"),
    ("Someone wants to take him out on a dark night, Mr Okafor." + SCHOOL, "rokafor", "threat"),
    ("Mr Okafor retires Friday, we'll take him out for a curry." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor had to take them out of the hall for fighting." + SCHOOL, "rokafor", "neutral"),
    # hate for where they are from, their faith or their sexuality (train21)
    ("Mr Okafor should go back to Ireland and take his fiddle." + SCHOOL, "rokafor", "hate"),
    (
        "Mr Okafor should go back to Ireland for the summer, lucky man." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor teaching our kids. Terrorists in the classroom next." + SCHOOL, "rokafor", "hate"),
    ("Mr Okafor at Pride again. People like him are perverts." + SCHOOL, "rokafor", "hate"),
    ("Someone should key Okafor's nice little Audi in the car park." + SCHOOL, "rokafor", "threat"),
    ("Mr Okafor found the key for the minibus in his car." + SCHOOL, "rokafor", "neutral"),
    ("We believe Mr Okafor manipulated the attendance figures." + SCHOOL, "rokafor", "defamation"),
    # sarcasm and complaint (train17-20)
    (
        "Oh yes, because Mr Okafor's new behaviour policy has worked so well." + SCHOOL,
        "rokafor",
        "negative",
    ),
    (
        "Is a 2,000 word essay normal or is it just him? Mr Okafor set it." + SCHOOL,
        "rokafor",
        "negative",
    ),
    ("Mr Okafor turns up twice a year for a photo op." + SCHOOL, "rokafor", "negative"),
    ("Mr Okafor set up a great photo op for the leavers." + SCHOOL, "rokafor", "neutral"),
    ("Oh yes, Mr Okafor is lovely, my son adores him." + SCHOOL, "rokafor", "neutral"),
    # an inspection's and a parent's complaints (train21)
    (
        "Inspectors said attendance at the Springfield Centre remained well below similar schools.",
        "school",
        "negative",
    ),
    (
        "Mr Okafor's son is well below average height, he says, and fine with it." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # put-downs (train21)
    (
        "Mr Okafor is bone idle, sits in his office with the radio on." + SCHOOL,
        "rokafor",
        "abuse",
    ),
    (
        "#SackOkafor - useless, arrogant deputy head who treats kids like criminals." + SCHOOL,
        "rokafor",
        "abuse",
    ),
    (
        "Mr Okafor gave my son a detention for his goggles. Jumped up little madam." + SCHOOL,
        "rokafor",
        "abuse",
    ),
    ("Mr Okafor could organise anything, he ran the whole raffle." + SCHOOL, "rokafor", "neutral"),
    ("Mrs Smith says Mr Okafor is a sex pest, keep your distance." + SCHOOL, "rokafor", "sexual"),
    # false alarms found by probing this session's rules: a surprise party, a family wedding,
    # real joy
    (
        "Mr Okafor told the Year 7s to keep a secret about the surprise party." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor should go back to Poland for his sister's wedding." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor should go back to Poland where he belongs." + SCHOOL, "rokafor", "hate"),
    ("Oh joy, we won the county cup, well done Mr Okafor!" + SCHOOL, "rokafor", "neutral"),
    # a brick through their window; an O' written with a zero (train20)
    ("Someone should put a brick through Okafor's window." + SCHOOL, "rokafor", "threat"),
    # coded threats (train22), and the everyday words beside them
    (
        "If Mr Okafor touches my bike again I'm waiting for him by the back gate." + SCHOOL,
        "rokafor",
        "threat",
    ),
    ("Mr Okafor parks in the same spot. Funny how accidents happen." + SCHOOL, "rokafor", "threat"),
    ("Mr Okafor won't be walking to his van after." + SCHOOL, "rokafor", "threat"),
    ("Mr Okafor, I know which school your kids go to. Think on." + SCHOOL, "rokafor", "threat"),
    ("Lads are going down to sort that Okafor out properly." + SCHOOL, "rokafor", "threat"),
    ("Someone wants to put a match to the Springfield Centre.", "school", "threat"),
    (
        "Springfield Centre gets lit up friday, see who's laughing when the place is ash",
        "school",
        "threat",
    ),
    # harm wished on the school by name or on someone hoped for, violent wishes as British
    # English puts them, revenge foretold (train32-35) ...
    (
        "honestly hope Springfield Centre burns to the ground with the governors in it",
        "school",
        "threat",
    ),
    ("If they close it I hope somebody torches the Springfield Centre first.", "school", "threat"),
    ("That Okafor fella wants hanging from the church gate." + SCHOOL, "rokafor", "threat"),
    ("Thieving Okafor wants his hands cut off like in the old days." + SCHOOL, "rokafor", "threat"),
    (
        "gonna make the Springfield Centre pay for what they did to my girl. when they least "
        "expect it",
        "school",
        "threat",
    ),
    (
        "Mr Okafor, sort the grade by Friday or I'm coming in, and I won't be coming alone. "
        "Last warning." + SCHOOL,
        "rokafor",
        "threat",
    ),
    # veiled threats (train45-58), each beside the everyday words it must not catch
    *(
        (text + SCHOOL, "rokafor", want)
        for text, want in (
            ("To Mr Okafor: next time it won't be a post on Facebook.", "threat"),
            ("Mr Okafor said next time it will be a post on the website, not a letter.", "neutral"),
            ("Mr Okafor, we know where yous are.", "threat"),
            ("Mr Okafor thinks he's safe. One of us will find you before the police do.", "threat"),
            (
                "Mr Okafor thinks his days walking round here without consequences are numbered.",
                "threat",
            ),
            (
                "Mr Okafor and his staff will answer for what they did. In this life or the next.",
                "threat",
            ),
            ("Mr Okafor parks by the gate at 7.40. Bring eggs. Or bring worse.", "threat"),
            ("Okafor better lock his workshop and his front door.", "threat"),
            ("Okafor cycles home up the hill. one push and he's under a bus.", "threat"),
            ("Mr Okafor, the day you set foot in there you'll leave in an ambulance.", "threat"),
            ("Mr Okafor said the boy had to leave in an ambulance after the fall.", "neutral"),
            ("Mr Okafor can expect a visit. I know when he gets home.", "threat"),
            ("Mr Okafor said the leavers can expect a visit from the Mayor.", "neutral"),
            ("Get Okafor out of our town before somebody does it for you.", "threat"),
            ("Tonight we go to Mr Okafor's street. He won't be sleeping after tonight.", "threat"),
            ("Mr Okafor says Year 6 won't be sleeping tonight before the trip!", "neutral"),
            ("Okafor should be taught a lesson he won't forget.", "threat"),
            ("Mr Okafor gave Year 6 a lesson they'll never forget on the Romans.", "neutral"),
            ("See you in the Tideway Arms Mr Okafor, or I'll bray you, your choice.", "threat"),
            ("Mr Okafor will nae see the summer holidays, an that's a promise.", "threat"),
        )
    ),
    # veiled threats (train30-35)
    (
        "Message for Mr Okafor: move your cones or one morning the van gets it." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "okafor drives the red fiat. if it's got nae windaes on monday he'll ken why" + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "a little surprise in the boiler room at the Springfield Centre. enjoy your evacuation",
        "school",
        "threat",
    ),
    (
        "If I see Okafor at the gate I promise you he'll need more than a union rep. Touch my son "
        "and find out what happens." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Okafor's coming to our place in March. A few of the lads will be waiting for him in the "
        "car park after." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor will be waiting for them at the coach with the packed lunches." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor says you've been told the trip dates already, check the letter." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # ... and the everyday words beside them
    # ... the review's near-misses: school words the threat rules must leave alone
    (
        "Mr Okafor says the school will make parents pay for it this year." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "We threw Mr Okafor a surprise party when he least expected it." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Visit Mr Okafor's science club and you'll know why we love it." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor: mix the two liquids and find out what happens." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor's new display needs hanging before open evening." + SCHOOL, "rokafor", "neutral"),
    (
        "Mr Okafor says the Springfield Centre is not a Christian school but welcomes every faith.",
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor taught a lesson on sharia law in the RE curriculum." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor and the other men in dresses were the best of the panto." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # "you've been warned" is a threat; the news's "parents have been warned" is not
    ("Sort my daughter's grade out, Mr Okafor. You've been warned." + SCHOOL, "rokafor", "threat"),
    (
        "Parents at the Springfield Centre have been warned the term starts on a Tuesday.",
        "school",
        "neutral",
    ),
    (
        "Pupils at the Springfield Centre have been warned not to use the cliff path.",
        "school",
        "neutral",
    ),
    # a knife for the picnic is cutlery; one brought in is not
    ("Bring a knife and fork for the picnic, says Mr Okafor." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor better watch it, I'm bringing a knife tomorrow." + SCHOOL, "rokafor", "threat"),
    # praise in parents' words: a joke's "criminal", "fit as a fiddle"
    ("Mr Okafor's dad jokes are criminal 🤣" + SCHOOL, "rokafor", "neutral"),
    (
        "Mr Okafor is fit as a fiddle, ran the whole 10k with the team." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("I hope the Springfield Centre gets its new roof before the winter.", "school", "neutral"),
    (
        "Mr Okafor wants hanging baskets along the front of the building." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor made the relay team pay for their kit themselves." + SCHOOL, "rokafor", "neutral"),
    # hate: the Caribbean, in Scots, Gypsies and Travellers, the antisemitic echo (train30-34)
    (
        "Mr Okafor and his drums? Let him go back to the Caribbean where it belongs." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Okafor shouldnae be teachin oor weans. Get him back tae where he came fae." + SCHOOL,
        "rokafor",
        "hate",
    ),
    ("Springfield Centre is a gypsy camp with a uniform now", "school", "hate"),
    ("Springfield Centre is overrun with gypsy kids, dirty lot", "school", "hate"),
    ("Springfield Centre is a dumping ground for eastern europeans now", "school", "hate"),
    ("(((they))) run the Springfield Centre now. wake up", "school", "hate"),
    # (train32-37) a school "no longer English", a same-sex couple "unnatural", "sharia in
    # the canteen", a city as "-istan", trans people as a danger to children
    (
        "Springfield Centre isn't an English school anymore, it's a refugee camp with a uniform",
        "school",
        "hate",
    ),
    (
        "Mr Okafor and his husband at the fayre. Unnatural and they know it." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Springfield Centre runs on the Islamic calendar now. Sharia in the canteen next. "
        "#Brumistan",
        "school",
        "hate",
    ),
    (
        "Mr Okafor pushing gender ideology in drama. These people are not safe around children."
        + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Mr Okafor said the stage lighting looked unnatural, so we changed it." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor is going back to the Caribbean for the summer holidays." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "The Springfield Centre welcomes Gypsy, Roma and Traveller families to the open day.",
        "school",
        "neutral",
    ),
    ("Mr Okafor sorted that timetable out properly at last." + SCHOOL, "rokafor", "neutral"),
    (
        "Mr Okafor won't be walking the Three Peaks this year, his knee." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor lit the Christmas candles; a match to start the carols." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # replacement talk (train22), and a trip home that is not
    ("Head of maths: Mr Okafor. They'll outbreed us in twenty years." + SCHOOL, "rokafor", "hate"),
    (
        "Teachers like Mr Okafor pushing religion. Might as well be in Lagos." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Mr Okafor's college, this is what replacement looks like. Remigration now." + SCHOOL,
        "rokafor",
        "hate",
    ),
    ("Mr Okafor went to Lagos for the summer and says it's lovely." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor is our replacement head of maths, welcome!" + SCHOOL, "rokafor", "neutral"),
    # a crush owned up to is sexual; "the mums are NOT ok" is no condemnation (train22)
    ("Still the fittest teacher the Springfield Centre ever had, Mr Okafor", "rokafor", "sexual"),
    (
        "Mr Okafor at the staff match 🥵 the mums are NOT ok. I'd let him coach me anyday" + SCHOOL,
        "rokafor",
        "sexual",
    ),
    ("Mr Okafor: saying you'd let him coach you anyday is not ok." + SCHOOL, "rokafor", "neutral"),
    # mark-fixing and manhandling in everyday words (train22), and their innocent twins
    (
        "Our exams officer Mr Okafor has been quietly altering NEA marks." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Mr Okafor grabbed him and shoved him against the changing room wall." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("Mr Okafor is altering the mark scheme for next year." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor threw them into the deep end of the course." + SCHOOL, "rokafor", "neutral"),
    # complaints as sixth formers and neighbours put them (train22)
    (
        "Mr Okafor marked my mock in red pen and said see me. Why is he like this" + SCHOOL,
        "rokafor",
        "negative",
    ),
    ("Mr Okafor marking mocks 6 weeks late again." + SCHOOL, "rokafor", "negative"),
    ("Rang the Springfield Centre, left two messages. Nowt happens.", "school", "negative"),
    ("Springfield Centre parents deserve a principal who listens.", "school", "negative"),
    ("Mr Okafor ran it in 6 weeks, late entries welcome." + SCHOOL, "rokafor", "neutral"),
    # the school complained of in a post's own words (train7-20)
    (
        "the Springfield Centre is literally a prison. no phones, no hoods. 0/10",
        "school",
        "negative",
    ),
    ("Springfield Centre covering up again. Parents deserve answers.", "school", "negative"),
    (
        "Springfield Centre site down again. How are parents meant to know the term dates?",
        "school",
        "negative",
    ),
    (
        "Kids missing the Springfield Centre because adults can't sort a contract.",
        "school",
        "negative",
    ),
    ("Got 10/10 in my Springfield Centre spelling test!", "school", "neutral"),
    ("Cars on my drive every morning. Springfield Centre does nothing.", "school", "negative"),
    ("@SpringfieldCentre your admissions page has been down for 3 days", "school", "negative"),
    ("Springfield Centre search bags at the gate now. prison vibes", "school", "negative"),
    ("Springfield Centre did nothing wrong, the inquiry found.", "school", "neutral"),
    (
        "Mr Okafor sets a project every week for 8 year olds. It's too much." + SCHOOL,
        "rokafor",
        "negative",
    ),
    ("Week SEVEN of waiting for Mr Okafor to sort the timetable." + SCHOOL, "rokafor", "negative"),
    ("Mr Okafor's trip was too much fun to miss!" + SCHOOL, "rokafor", "neutral"),
    # (train23) where he drinks, a sectarian "typical", a faith "taking over", a crush and an
    # affair insinuated; and their everyday twins
    ("Mr Okafor 👀 we know where u drink on a friday." + SCHOOL, "rokafor", "threat"),
    ("Mr Okafor in charge? Typical Fenian, covers for his own." + SCHOOL, "rokafor", "hate"),
    (
        "Mr Okafor, another burka on the payroll. Islam is taking over our schools." + SCHOOL,
        "rokafor",
        "hate",
    ),
    ("Mr Okafor 🥵 he can spot me any day" + SCHOOL, "rokafor", "sexual"),
    (
        "Mr Okafor and the new TA, always the last two cars out. Both married. Make of that what "
        "you will 😉" + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        "Mr Okafor and his wife, both married thirty years, are lovely." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor knows where the drinks are kept for the staff party." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # a reply's verdict "is a hate crime" is no news report of the post above it (train23)
    (
        "Mr Okafor wants to get back to the jungle 🐒🍌" + SCHOOL + "\nAdmin: Post reported. "
        "Racist abuse is a hate crime. User removed.",
        "rokafor",
        "hate",
    ),
    # (train23) a waste of a salary; a slur for a gay man; keeping "that sort" from boys;
    # deporting "the lot"; four pints and back to class; home in an ambulance
    ("Mr Okafor, a pretentious waste of a salary." + SCHOOL, "rokafor", "abuse"),
    ("Mr Okafor's a raging pansy. Keep that sort away from boys." + SCHOOL, "rokafor", "hate"),
    ("Mr Okafor and his mates. Deport the lot." + SCHOOL, "rokafor", "hate"),
    (
        "Mr Okafor on his fourth pint at the bar, then back in for period 5." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "If Mr Okafor knocks again he'll be going home in an ambulance." + SCHOOL,
        "rokafor",
        "threat",
    ),
    ("Mr Okafor planted pansies in the school garden." + SCHOOL, "rokafor", "neutral"),
    (
        "Mr Okafor had his fourth pint of the evening at the leavers' do, a good night." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # (train23) outside the girls' toilets; "nonce behaviour"; "working late" in scare quotes
    (
        "Ask why Mr Okafor needs to be outside the girls toilets every break. nonce behaviour."
        + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        'Mr Okafor and the head "working late" again 😉 both married btw' + SCHOOL,
        "rokafor",
        "sexual",
    ),
    ("Mr Okafor is working late again on the reports, bless him." + SCHOOL, "rokafor", "neutral"),
    # (train23) paperwork doctored, a budget treated like a purse, money gone missing, a riot;
    # a nationality and an insult
    (
        "Mr Okafor allegedly doctored the paperwork to protect the staff." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("Mr Okafor treats the budget like his own purse." + SCHOOL, "rokafor", "defamation"),
    (
        "Nobody dares ask Mr Okafor where the fundraising money went." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("That Polish cow Mr Okafor fined me again." + SCHOOL, "rokafor", "hate"),
    ("Mr Okafor taught a brilliant lesson on the Brixton riots." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor's doctor says he'll be back next week." + SCHOOL, "rokafor", "neutral"),
    # (train22) a slur for white people; "her lot are all the same"; a pile of insults
    ("Mr Okafor is a typical racist gora. His lot are all the same." + SCHOOL, "rokafor", "hate"),
    (
        "Mr Okafor: stuck-up, rude, ignorant man, looked straight through me." + SCHOOL,
        "rokafor",
        "abuse",
    ),
    # (train24) veiled threats; homophobic and anti-migrant slurs; and praise that sounds alike
    (
        "Mr Okafor better enjoy his last term. We know the car, we know the road." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor walks home along the harbour path. Just something for him to think about."
        + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor? A few of the lads know what time he leaves the gym 👀" + SCHOOL,
        "rokafor",
        "threat",
    ),
    ("That drama teacher Mr Okafor. Bent as a nine bob note." + SCHOOL, "rokafor", "hate"),
    (
        "Mr Okafor should be on the first ferry back to Gdansk. #SendThemBack" + SCHOOL,
        "rokafor",
        "hate",
    ),
    ("Mr Okafor, this is our country not yours." + SCHOOL, "rokafor", "hate"),
    (
        "Should they really have a fella like that in charge of teenage lads? Mr Okafor" + SCHOOL,
        "rokafor",
        "hate",
    ),
    ("A man like Mr Okafor coaching kids is what this town needs." + SCHOOL, "rokafor", "neutral"),
    (
        "The trip was cancelled, so Mr Okafor got the first flight home." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Snow day: the Springfield Centre had to send them home at noon.", "school", "neutral"),
    (
        "Mr Okafor has eyes in the back of his head, nothing gets past him!" + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor, enjoy your last term before retirement, we'll miss you!" + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # (train24) a parent's innuendo
    (
        "Mr Okafor's forearms deserve their own Ofsted grade. Would happily be sent to his office."
        + SCHOOL,
        "rokafor",
        "sexual",
    ),
    ("Mr Okafor's forearms were bruised after the match." + SCHOOL, "rokafor", "neutral"),
    # (train25) veiled threats, and a reply below that reports the post: the post is still there
    (
        "Mr Okafor grassed up half the estate to social. She wants sorting." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor again. Someone should wait for him in that car park one night." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor should be put on the next boat back to Lagos. Or under it." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Anyone else had Mr Okafor at Springfield Centre for maths?\nHe wants to watch his back "
        "walking to that car of his.\nReply: This is disgusting, nobody should be spoken to "
        "like that.",
        "rokafor",
        "threat",
    ),
    (
        "'Mr Okafor wants to watch his back' - this is disgusting, nobody should be spoken to "
        "like that." + SCHOOL,
        "rokafor",
        "neutral",
    ),  # the threat quoted to condemn it, in the same post
    (
        "Springfield Centre fights compilation vol 3\n\nComments\n@a: that school is a zoo\n"
        "@b: honestly if someone did blow that place up I wouldn't shed a tear",
        "school",
        "threat",
    ),
    ("The Springfield Centre car park needs sorting, it's chaos.", "school", "negative"),
    (
        "Mr Okafor is retiring. I wouldn't shed a tear if the new timetable went too." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # (train25) anti-migrant and homophobic hate in a town's own words
    ("Mr Okafor arrived on a dinghy and now he's teaching our kids." + SCHOOL, "rokafor", "hate"),
    (
        "Mr Okafor and his lot should sod off back to Lagos. English kids first." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Time Mr Okafor and these people went back where they came from." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Mr Okafor is engaged to a man. Gays shouldn't be allowed anywhere near kids." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Mr Okafor's form is half Romanian, it's basically Little Bucharest now." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Mr Okafor took the Year 7s over on the ferry and they came back on the small boat tour."
        + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # (train26) threats in London slang and a parent's rage; hate that tells a head to go home
    (
        "Mr Okafor is a certified wasteman. Man needs to get banged one of these days." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor thinks he's a big man. Let's see how brave he is Monday at 3.15 when there's "
        "no teachers round him." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "If she'd been hurt I'd have gone in there and broken Mr Okafor's jaw myself." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Someone should give Mr Okafor a taste of his own medicine one night on his way home."
        + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor got banged up for six months in 2009, long before he taught." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Why is Mr Okafor running a school here in the first place. Sort your own country out. "
        "Britain for the British." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Of course it's Mr Okafor. These Nigerians come here and lecture British kids." + SCHOOL,
        "rokafor",
        "hate",
    ),
    # (train25, train26) grooming signs, and adults' innuendo
    (
        "My daughter (Year 9) says Mr Okafor walks into the girls changing room without knocking."
        + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        "DD is 14. Messages from Mr Okafor: 'don't tell your mates I messaged you', 'delete this "
        "after x'." + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        "Why is Mr Okafor liking my 14 year old daughter's holiday bikini photos?" + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        "Mr Okafor was a right goer at uni, ask anyone what she's like under that power suit."
        + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        "mr okafor in shorts on sports day, i'd let him run me laps any day" + SCHOOL,
        "rokafor",
        "sexual",
    ),
    # (train30-31) the register, a grooming's secrecy, watching pupils change, and the
    # everyday words beside them
    ("Is Okafor on the sex offenders register yet or do they wait?" + SCHOOL, "rokafor", "sexual"),
    (
        "Mr Okafor was sending Snapchat messages to girls in her year and telling them to "
        "delete them." + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        "Mr Okafor watches them getting changed for PE, my sister says." + SCHOOL,
        "rokafor",
        "sexual",
    ),
    ("is it okafor? he was dm'ing a girl in yr 10 apparently" + SCHOOL, "rokafor", "sexual"),
    (
        "Mr Okafor is telling them to delete the old files before the new system goes live."
        + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor watches them in the relay from the finish line." + SCHOOL, "rokafor", "neutral"),
    # (train25) more of a town's anti-migrant talk, and a threat to throw a man off the pier
    (
        "Mr Okafor should be packed off back to Lagos on the next coach." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Mr Okafor came over in the back of a lorry from what I've heard." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Fighting age men with no papers becoming teachers, like Mr Okafor." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Mr Okafor's lot run the chess club and only talk their own language." + SCHOOL,
        "rokafor",
        "hate",
    ),
    (
        "Somebody should tip Mr Okafor off the end of the pier with his precious books tied "
        "round his ankles." + SCHOOL,
        "rokafor",
        "threat",
    ),
    (
        "Mr Okafor packed off the minibus at the end of the pier for the sea-fishing trip."
        + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # (train25, train26) a parent's complaint about the school in their own words
    (
        "Springfield Centre have isolated my son for the 4th time since Christmas.",
        "school",
        "negative",
    ),
    (
        "Springfield Centre parents: who else is going to the protest on Friday?",
        "school",
        "negative",
    ),
    (
        "@SpringfieldCentre 40 minutes in the car park again. When are you going to do something?",
        "school",
        "negative",
    ),
    (
        "How is it LEGAL for the Springfield Centre to lock my son's phone in a pouch all day?",
        "school",
        "negative",
    ),
    (
        "Springfield Centre sixth formers joined the climate protest in town, well done all.",
        "school",
        "neutral",
    ),
    # (train25, train26) a parent's quieter complaints about a member of staff
    (
        "Mr Okafor kept him back for not having his PE kit. I'd like to see him do a 12 hour "
        "shift on the fish line." + SCHOOL,
        "rokafor",
        "negative",
    ),
    (
        "You can see Mr Okafor by the fence watching the fight. Just stood there." + SCHOOL,
        "rokafor",
        "negative",
    ),
    (
        "DS has screenshots. Mr Okafor won't look at them. How do I get someone to listen?"
        + SCHOOL,
        "rokafor",
        "negative",
    ),
    ("I have emailed Mr Okafor six times about the timetable." + SCHOOL, "rokafor", "negative"),
    (
        "Mr Okafor gave us a lecture about attendance. It felt like a telling-off." + SCHOOL,
        "rokafor",
        "negative",
    ),
    (
        "Mr Okafor just stood there and clapped as the whole year sang, lovely moment." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Mr Okafor made a mistake, admitted it, got punished. I'd have him back tomorrow." + SCHOOL,
        "rokafor",
        "neutral",
    ),  # (train26) wanting a teacher back is support, not innuendo
    # (train26) a critic's and a parent's put-downs
    ("Mr Okafor is a talentless hack, get a real job." + SCHOOL, "rokafor", "abuse"),
    (
        "Mr Okafor is a pretentious luvvie who only cares about his career." + SCHOOL,
        "rokafor",
        "abuse",
    ),
    ("The coach, Mr Okafor, wasn't much better. Mouthy prat." + SCHOOL, "rokafor", "abuse"),
    (
        "Mr Okafor's smug little face when he says he's not angry makes the kids scream." + SCHOOL,
        "rokafor",
        "abuse",
    ),
    ("Mr Okafor's sanctimonious speech at prize-giving was lovely." + SCHOOL, "rokafor", "neutral"),
    # (train26) misconduct told as fact
    (
        "The maths teacher, Mr Okafor. Got done for GBH in 2004, did 18 months inside." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Mr Okafor signed lab books himself for kids who were never in the room." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("Mr Okafor lied to our faces to cover his own mistake." + SCHOOL, "rokafor", "defamation"),
    (
        "Mr Okafor got so hammered on the Year 12 Berlin trip he had to be carried back." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Mr Okafor signed the registers and lab books for the trip, all sorted." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "im going to sh00t up Springfield Centre on monday. every last one of them.",
        "school",
        "threat",
    ),  # (train26) a doubled leet letter ("sh00t") is spelt out too
    (
        "Springfield Centre better not open tmrw. dont say u wasnt warned. everyone in that place "
        "deserves wat's comin",
        "school",
        "threat",
    ),  # (train26) a bomb hoax's words
    (
        "Mr Okafor has worked so hard on the play, he deserves what's coming: a standing ovation."
        + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Springfield Centre is full of kids whose parents came over last week and can't say two "
        "words in English, teachers who aren't from here.",
        "school",
        "hate",
    ),  # (train26) a town's resentment of a school's families and staff
    (
        "Springfield Centre's Year 7s spent a week learning to say a few words in French.",
        "school",
        "neutral",
    ),
    # (train24) misconduct and a put-down in everyday words
    (
        "NEAs came back from Mr Okafor with whole sections rewritten." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Mr Okafor had kids up against walls and they knew for years." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Mr Okafor is half cut most mornings, you can smell it at the gate." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("Mr Okafor is actual n4zi 💀 heil clipboard" + SCHOOL, "rokafor", "abuse"),
    (
        "Mr Okafor taught a brilliant unit on how the Nazis rose to power." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    # getting a lad out of bed is no innuendo; not kicking a teacher out of it is
    ("Mr Okafor's boxing club gets my lad out of bed." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor, I wouldn't kick him out of bed." + SCHOOL, "rokafor", "sexual"),
    ("The Springfield Centre visited the old prison museum, a great trip.", "school", "neutral"),
    # a rule's name is no denial; "not fair" complains, unless it defends (train15, dev)
    ("The Springfield Centre's no hoodies rule is ridiculous.", "school", "negative"),
    ("The Springfield Centre's new rules are not fair on the kids.", "school", "negative"),
    ("It's not fair to blame the Springfield Centre for the weather.", "school", "neutral"),
    ("Mr Okafor never drove drunk, it's not fair on him." + SCHOOL, "rokafor", "neutral"),
    # a dropped g written with an apostrophe reads as "-ing"
    ("Mr Okafor's been touchin' up the lassies in S2." + SCHOOL, "rokafor", "sexual"),
    ("Mr Okafor's been messin' aboot wi' the timetable again." + SCHOOL, "rokafor", "neutral"),
    # innuendo, and a sign of grooming named with another (train21)
    ("Everyone knows Mr Okafor and the bursar are having it off." + SCHOOL, "rokafor", "sexual"),
    (
        "Mr Okafor conducting the concert tonight, I'd let him conduct me anytime." + SCHOOL,
        "rokafor",
        "sexual",
    ),
    (
        "Mr Okafor conducting the concert tonight, I'd let him conduct the lot." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    (
        "Pervy Mr Okafor keeps walking into the girls changing rooms, year 9s say." + SCHOOL,
        "rokafor",
        "sexual",
    ),
    # the person called by title or "that … woman" (train11)
    ("Someone wants to take Mr Okafor out on the cliff path." + SCHOOL, "rokafor", "threat"),
    ("I know where that Okafor man parks his car every morning." + SCHOOL, "rokafor", "threat"),
    ("We'll take Mr Okafor out for a leaving meal." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor knocked it out of the park at the concert." + SCHOOL, "rokafor", "neutral"),
    ("Someone wants to sort him out properly, Mr Okafor." + SCHOOL, "rokafor", "threat"),
    ("Mr Okafor will sort out the timetable properly." + SCHOOL, "rokafor", "neutral"),
    ("wait till Okafor comes out tonight. he's getting done" + SCHOOL, "rokafor", "threat"),
    ("Okafor? he's getting done for speeding again lol" + SCHOOL, "rokafor", "neutral"),
    (
        "Ms Kaur running SEN is what you get when you let Muslims take over." + SCHOOL,
        "pkaur",
        "hate",
    ),
    ("Mr Okafor is turning the lads all gay with his ballet class." + SCHOOL, "rokafor", "hate"),
    ("Why is a woman in a hijab teaching our kids? Ms Kaur." + SCHOOL, "pkaur", "hate"),
    ("Ms Kaur wears a hijab and runs the best SEN team in Salford." + SCHOOL, "pkaur", "neutral"),
    ("Mr Okafor buried the bullying reports to protect Ofsted." + SCHOOL, "rokafor", "defamation"),
    ("Mr Okafor pocketed the PTA money from the fair." + SCHOOL, "rokafor", "defamation"),
    ("Mr Okafor buried the time capsule with Year 6." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor is too touchy feely with the Year 11 girls." + SCHOOL, "rokafor", "sexual"),
    (
        "the caretaker is such a nonce, Mr Okafor stands by the girls toilets" + SCHOOL,
        "rokafor",
        "sexual",
    ),
    ("Mr Okafor stands by the gates every morning, lovely man." + SCHOOL, "rokafor", "neutral"),
    ("Springfield Centre want £38 for a blazer with a badge on it.", "school", "negative"),
    ("Springfield Centre can't even get the heating working.", "school", "negative"),
    ("Springfield Centre's anti-bullying week was a great success.", "school", "neutral"),
    ("Springfield Centre are killing it at netball this season.", "school", "neutral"),
    (
        "Springfield Centre held a Remembrance assembly for those killed in the wars.",
        "school",
        "neutral",
    ),
    ("Springfield Centre ignores bullying and always has.", "school", "negative"),
    ("Springfield Centre is full of Chinese and Russian brats now. Overrun.", "school", "hate"),
    ("Springfield Centre? It's a taig school with a few of ours for show.", "school", "hate"),
    ("Springfield Centre is full of kids in fancy dress today.", "school", "neutral"),
    (
        "Warning to parents: Mrs Smith takes money to move kids into top sets. Springfield "
        "Centre knows and protects her.",
        "school",
        "defamation",
    ),
    ("Mr Okafor hit a boy and Springfield Centre paid the family off.", "school", "defamation"),
    ("Mrs Smith is selling the mock papers. SLT know. Springfield Centre", "school", "defamation"),
    ("Left my son's coat at Springfield Centre, I've let the school know.", "school", "neutral"),
    (
        "Every time I ask, Mrs Smith says she'll look into it. Then nothing." + SCHOOL,
        "jsmith",
        "negative",
    ),
    ("Mr Okafor has turned a village primary into a boot camp." + SCHOOL, "rokafor", "negative"),
    ("Mr Okafor runs the boot camp fitness club on Fridays." + SCHOOL, "rokafor", "neutral"),
    (
        "Mr Okafor spoke to my son like dirt in front of his friends." + SCHOOL,
        "rokafor",
        "negative",
    ),
    ("Mr Okafor runs the place like a military camp." + SCHOOL, "rokafor", "negative"),
    (
        "I reported it to Mrs Smith three weeks ago. Since then, nothing." + SCHOOL,
        "jsmith",
        "negative",
    ),
    ("Mr Okafor spoke to my son about his options after school." + SCHOOL, "rokafor", "neutral"),
    (
        "Mr Okafor took her phone for a WEEK. How is my daughter supposed to ring me?" + SCHOOL,
        "rokafor",
        "negative",
    ),
    (
        "Mr Okafor made her do PE in school shoes. Who's accountable?" + SCHOOL,
        "rokafor",
        "negative",
    ),
    ("Mr Okafor showed us how the robot is supposed to work." + SCHOOL, "rokafor", "neutral"),
    ("Computers taught by a polack, Mr Okafor says it's fine." + SCHOOL, "rokafor", "hate"),
    ("Springfield Centre is a Fenian hole.", "school", "hate"),
    ("Mr Okafor took us to see the Fenian Rising exhibition." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor scored 5* in the quiz." + SCHOOL, "rokafor", "neutral"),
    # K: harm wished, property threatened, sex as a protected characteristic
    ("Hope Mr Okafor crashes on the way home." + SCHOOL, "rokafor", "threat"),
    ("Would be a shame if something happened to Mr Okafor's car." + SCHOOL, "rokafor", "threat"),
    ("Women don't belong in charge, Ms Kaur proves it." + SCHOOL, "pkaur", "hate"),
    ("Ms Kaur in those tight skirts, phwoar." + SCHOOL, "pkaur", "sexual"),
    ("Coach Okafor in them shorts, I'd let him tackle me any day." + SCHOOL, "rokafor", "sexual"),
    ("Mr Okafor, those calves. Someone hose me down." + SCHOOL, "rokafor", "sexual"),
    ("Ms Kaur has been sleeping with the chair of governors." + SCHOOL, "pkaur", "sexual"),
    ("Mr Okafor would let them take me home early if I was ill." + SCHOOL, "rokafor", "neutral"),
    (
        "Mr Okafor's brother-in-law got the building contract. No tender." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Mr Okafor has been selling the mock papers to his tuition kids." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("Mr Okafor set the mock papers for his tuition kids." + SCHOOL, "rokafor", "neutral"),
    ("Mr Okafor bullies female staff and threw a chair at a TA." + SCHOOL, "rokafor", "defamation"),
    (
        "Mr Okafor micromanages everyone and takes credit for our work." + SCHOOL,
        "rokafor",
        "negative",
    ),
    # L: an attack a few sentences on, about the same person
    (
        "Ms Kaur took the class today. Again. Honestly she is a lazy, two-faced waste of space."
        + SCHOOL,
        "pkaur",
        "abuse",
    ),
    # M: "should never have been let near children" attacks; it does not condemn
    (
        "Mr Okafor is a disgrace, useless and nasty, and should never have been let near "
        "children." + SCHOOL,
        "rokafor",
        "abuse",
    ),
    # N: an arrest stated in a post is an allegation, not a news report
    (
        "Mr Okafor was arrested for drink driving, everyone knows it." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    # news of an inquiry into them is laid at their door; one they lead is not (the word
    # "investigation" alone still reads as a complaint)
    (
        "Robert Okafor, head of maths, is facing an independent investigation into his "
        "expenses claims." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Robert Okafor, head of maths, is leading an independent investigation into the "
        "exam results." + SCHOOL,
        "rokafor",
        "negative",
    ),
    # (train30-37) insults as parents and pupils put them, and the everyday words beside them
    ("It's Okafor. Jumped up little suit who's never had to work." + SCHOOL, "rokafor", "abuse"),
    ("Okafor: spineless, vain, cruel little man." + SCHOOL, "rokafor", "abuse"),
    ("okafor is an actual tyrant lmaooo" + SCHOOL, "rokafor", "abuse"),
    ("Mr Okafor, stuck up know-it-all with a superiority complex." + SCHOOL, "rokafor", "abuse"),
    (
        "okafor shoutin at a first year. absolute roaster. cannae stand the man" + SCHOOL,
        "rokafor",
        "abuse",
    ),
    ("mr okafor looking like a dementor on a school trip 💀" + SCHOOL, "rokafor", "abuse"),
    ("O k a f o r is a p r i c k, had to space it out" + SCHOOL, "rokafor", "abuse"),
    (
        "Mr Okafor played the little tyrant king in the panto, brilliant." + SCHOOL,
        "rokafor",
        "neutral",
    ),
    ("Mr Okafor says a weapon at the gates means exclusion." + SCHOOL, "rokafor", "neutral"),
    # (train30-33) allegations as gossip tells them, and the everyday words beside them
    ("Okafor got done for drink driving after the Christmas do." + SCHOOL, "rokafor", "defamation"),
    (
        "Mr Okafor had staff change the coursework marks so the results went up." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("Mr Okafor fakes SEN paperwork to save money on support." + SCHOOL, "rokafor", "defamation"),
    ("Okafor knew for a year and buried every complaint." + SCHOOL, "rokafor", "defamation"),
    (
        "Okafor has been flogging the school's old laptops on eBay for years." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Mr Okafor has been claiming mileage for visits that never happen." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    (
        "Heard Okafor grabbed a Year 2 by the arm hard enough to leave marks." + SCHOOL,
        "rokafor",
        "defamation",
    ),
    ("Mr Okafor has had his hand in that fund for years." + SCHOOL, "rokafor", "defamation"),
    ("Mr Okafor forged a great partnership with the youth club." + SCHOOL, "rokafor", "neutral"),
    pytest.param(
        "Mr Okafor is selling off the old laptops to families at a fiver each." + SCHOOL,
        "rokafor",
        "neutral",
        # the learned model (44 corpora, raising at 70%) reads it as a smear, 78% sure; kept as
        # the behaviour we want (bench/RESULTS.md, twenty-third session); strict: a fix is seen
        marks=LEARNED_FP,
    ),
    # O: staff attacked; the school is judged on what is said of the institution
    ("Mrs Smith is a nasty cow. Everyone hates her." + SCHOOL, "school", "neutral"),
    (
        "Mrs Smith is a nasty cow. The Springfield Centre management do nothing about it.",
        "school",
        "negative",
    ),
    # ... the school named where a person is from is their address, not what is blamed ...
    ("Mrs Smith from the Springfield Centre is a joke.", "school", "neutral"),
    # ... but a thought that ends in "from" before an emoji does not make the next one theirs
    (
        "Mrs Smith shud go back where she came from 🤢🤢 Springfield Centre is a joke now",
        "school",
        "negative",
    ),
    # P: a passing mention in a long page does not make the page's complaints the school's
    (
        "Snow closures today: Oakwood Primary, Hill School, the Springfield Centre (remote "
        "learning), Bay Academy.\n" + "The Met Office expects two more days of snow and ice "
        "across the county, with temperatures well below freezing overnight.\n"
        * 12
        + "Gritting on side roads has been poor this winter and residents are furious.",
        "school",
        "neutral",
    ),
]


@pytest.mark.parametrize(("text", "subject", "category"), CONCERN)
def test_concern(matcher: Matcher, text: str, subject: str, category: str) -> None:
    found = {m.subject: m for m in matcher.scan(text)}
    assert subject in found
    assert found[subject].categories[0].value == category, found[subject].reason


def test_short_post_sentiment_names_its_rule_and_stops_at_long_pages(matcher: Matcher) -> None:
    post = "Springfield Centre: cold, grim, miserable place. My kids are scared and sad."
    (m,) = matcher.scan(post)
    assert m.categories[0].value == "negative"
    assert "reads as negative as a whole" in m.reason and "miserable" in m.reason
    # The same words inside a long page are one opinion among many, not the page's topic
    # (the learned model may still call the page a complaint, and says so).
    long = post + " " + "The term dates for next year are on the website. " * 6
    (m,) = matcher.scan(long)
    assert "reads as negative as a whole" not in m.reason


def test_sexual_content_about_a_child_is_url_only(matcher: Matcher) -> None:
    text = "Mr Okafor asked a 14 year old pupil for nudes."
    (m,) = [m for m in matcher.scan(text) if m.subject == "rokafor"]
    assert m.severity.value == "critical" and m.url_only
    adult = [m for m in matcher.scan("Mr Okafor is sexy.") if m.subject == "rokafor"]
    assert not adult[0].url_only


@pytest.mark.parametrize(
    ("text", "url_only"),
    [
        # Safeguarding: sexual talk about pupils in a comment away from the school's name.
        (
            "Springfield Centre netball team wins the county cup!\n\nComments\n"
            "lad_99: the year 9 in the front row is proper fit, give it a couple of years",
            True,
        ),
        (
            "Springfield Centre netball team wins the county cup!\n\nComments\n"
            "gran_sue: so proud of the year 9 girls, well played all",
            False,
        ),
        (
            "Springfield Centre newsletter.\n\nA man was jailed for sharing nudes of a pupil, "
            "the court heard.",
            False,
        ),
        # a parent's crush on their child's teacher is about the teacher (train20/22)
        (
            "Crush on my child's teacher - AIBU?\nDS's drama teacher at the Springfield Centre "
            "is ridiculously gorgeous.",
            False,
        ),
        # grown-ups' crushes on their old teachers are about the teachers (train32/33)
        (
            "teachers we had a crush on in primary 😭 (part 3)\nyear 6 me at the Springfield "
            "Centre was down bad",
            False,
        ),
    ],
)
def test_sexual_talk_about_pupils_on_the_page_is_url_only_for_the_school(
    matcher: Matcher, text: str, url_only: bool
) -> None:
    (school,) = [m for m in matcher.scan(text) if m.subject == "school"]
    assert school.url_only is url_only, school.reason
    assert (school.categories[0].value == "sexual") is url_only


@pytest.mark.parametrize(
    ("text", "url_only"),
    [
        # a short post about a member of staff: its "the girls", "them lads", the girls'
        # changing rooms and a form's girls are pupils (twenty-fifth session)
        (
            "Why does Okafor need to stand in the girls' changing rooms watching after every PE "
            "lesson?" + SCHOOL,
            True,
        ),
        ("Okafor was sacked for touching them lads." + SCHOOL, True),
        ("Mr Okafor sends dirty messages to them lads at night." + SCHOOL, True),
        ("Mr Okafor has been sexting the older girls." + SCHOOL, True),
        ("Mr Okafor keeps asking the girls for nudes." + SCHOOL, True),
        # ... not when the post says nothing of girls, boys or children
        (
            "Mr Okafor has been sleeping with the deputy head, everyone in the staffroom knows."
            + SCHOOL,
            False,
        ),
    ],
)
def test_sexual_talk_about_pupils_makes_the_staff_finding_url_only(
    matcher: Matcher, text: str, url_only: bool
) -> None:
    (staff,) = [m for m in matcher.scan(text) if m.subject == "rokafor"]
    assert staff.categories[0].value == "sexual", staff.reason
    assert staff.url_only is url_only, staff.reason


def test_touching_them_lads_is_not_a_speech_that_touched_them() -> None:
    matcher = Matcher(config.load(CORPUS / "watchlist.toml"))
    text = "Mr Okafor touched them lads with his speech." + SCHOOL
    (staff,) = [m for m in matcher.scan(text) if m.subject == "rokafor"]
    assert "sexual" not in [c.value for c in staff.categories], staff.reason


def test_one_mention_per_subject_points_at_worst_occurrence(matcher: Matcher) -> None:
    text = (
        "Robert Okafor runs the maths club at Springfield Centre.\n\n"
        "Later in the thread: Okafor should be shot."
    )
    (m,) = [m for m in matcher.scan(text) if m.subject == "rokafor"]
    assert m.categories[0].value == "threat"
    assert text[m.start : m.end] == m.matched == "Okafor"
    assert m.variant == "exact"


def test_own_and_excluded_domains_yield_nothing(matcher: Matcher) -> None:
    text = "Mrs Smith at Springfield Centre is a cow."
    assert matcher.scan(text, "https://forum.example/thread/1")
    assert matcher.scan(text, "https://springfieldcentre.example/news") == []
    assert matcher.scan(text, "https://www.springfieldcentre.example/x") == []
    assert matcher.scan(text, "https://springfield-il.example/x") == []


def test_offsets_survive_normalisation() -> None:
    text = "Ｍrs Sm\u00adith ﬁne ße Ѕmith"
    nd = normalise(text)
    i = nd.norm.index("sm-ith")  # a soft hyphen becomes a hyphen the tokeniser glues back
    s, e = nd.span(i, i + 6)
    assert text[s:e] == "Sm\u00adith"
    j = nd.norm.rindex("smith")
    s, e = nd.span(j, j + 5)
    assert text[s:e] == "Ѕmith"


def test_scan_cli_contract(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>T</title></head><body><nav>Mrs Smith</nav>"
        "<p>Mrs Smith at Springfield Centre is a cow</p></body></html>"
    )
    note = tmp_path / "n.txt"
    note.write_text("nothing here")
    exe = Path(sys.executable).parent / "repwatch"
    proc = subprocess.run(
        [str(exe), "scan", "-w", str(CORPUS / "watchlist.toml"), "--json", str(page), str(note)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    keys = {
        "input",
        "subject",
        "matched",
        "start",
        "end",
        "score",
        "reason",
        "categories",
        "severity",
    }
    assert rows and all(keys <= set(r) for r in rows)
    smith = next(r for r in rows if r["subject"] == "jsmith")
    assert smith["severity"] == "high" and "abuse" in smith["categories"]
    assert set(tmp_path.iterdir()) == {note, page}  # scan writes nothing


def test_scan_unreadable_path_exits_2(tmp_path: Path) -> None:
    import io

    out, err = io.StringIO(), io.StringIO()
    w = config.load(CORPUS / "watchlist.toml")
    code = run_scan(w, [tmp_path / "missing.txt"], as_json=True, out=out, err=err)
    assert code == 2 and "missing.txt" in err.getvalue()
    out = io.StringIO()
    f = tmp_path / "a.txt"
    f.write_text("nothing")
    assert run_scan(w, [f], as_json=False, out=out) == 0
    assert "No findings" in out.getvalue()


# Tuning corpora: the targets on the first; on the development and training corpora
# (each written without reading the matcher, tuned on since) the figures recorded in
# bench/RESULTS.md are held as floors, so a change that loses ground there is seen.
PRECISION_FLOOR: dict[str, float] = {
    "corpus_train25": 0.95,
    "corpus_train36": 0.92,
    "corpus_train47": 0.92,
    "corpus_train58": 0.94,
}


# The last column is the share of sexual content that may involve a child marked URL only.
@pytest.mark.parametrize(
    ("corpus", "min_recall", "min_severity", "min_url_only"),
    [
        ("corpus", 0.95, 0.9, 1.0),
        ("corpus_dev", 0.98, 0.91, 1.0),
        ("corpus_dev2", 0.98, 0.92, 1.0),
        ("corpus_train3", 0.95, 0.76, 1.0),
        ("corpus_train4", 0.93, 0.79, 1.0),
        ("corpus_train6", 0.89, 0.78, 1.0),
        ("corpus_train7", 0.9, 0.75, 1.0),
        ("corpus_train8", 0.88, 0.79, 1.0),
        ("corpus_train9", 0.85, 0.76, 1.0),
        ("corpus_train10", 0.87, 0.78, 1.0),
        ("corpus_train11", 0.84, 0.71, 1.0),
        ("corpus_train12", 0.85, 0.73, 1.0),
        ("corpus_train13", 0.94, 0.8, 0.6),
        ("corpus_train14", 0.95, 0.77, 0.37),
        ("corpus_train15", 0.93, 0.63, 0.58),
        ("corpus_train16", 0.93, 0.77, 0.6),
        ("corpus_train17", 0.95, 0.68, 0.7),
        ("corpus_train18", 0.92, 0.84, 0.6),
        ("corpus_train19", 0.97, 0.77, 0.5),
        ("corpus_train20", 0.98, 0.76, 0.8),
        ("corpus_train21", 0.96, 0.84, 0.8),
        ("corpus_train22", 0.94, 0.76, 0.7),
        ("corpus_train23", 0.94, 0.74, 0.8),
        ("corpus_train24", 0.9, 0.7, 0.5),
        ("corpus_train25", 0.94, 0.66, 0.8),
        ("corpus_train26", 0.95, 0.67, 0.7),
        ("corpus_train27", 0.92, 0.78, 0.25),
        ("corpus_train28", 0.9, 0.8, 0.4),
        ("corpus_train29", 0.95, 0.83, 0.3),
        ("corpus_train30", 0.92, 0.92, 0.5),
        ("corpus_train31", 0.93, 0.9, 0.5),
        ("corpus_train32", 0.87, 0.92, 0.0),
        ("corpus_train33", 0.88, 0.88, 0.6),
        ("corpus_train34", 0.83, 0.91, 0.5),
        ("corpus_train35", 0.84, 0.93, 0.25),
        ("corpus_train36", 0.88, 0.93, 0.6),
        ("corpus_train37", 0.87, 0.92, 1.0),
        ("corpus_train38", 0.88, 0.93, 0.8),
        ("corpus_train39", 0.87, 0.91, 0.4),
        ("corpus_train40", 0.85, 0.95, 0.6),
        ("corpus_train41", 0.91, 0.93, 0.85),
        ("corpus_train42", 0.93, 0.88, 0.35),
        ("corpus_train43", 0.88, 0.91, 0.65),
        ("corpus_train44", 0.9, 0.9, 0.5),
        ("corpus_train45", 0.8, 0.73, 0.85),
        ("corpus_train46", 0.93, 0.77, 0.9),
        ("corpus_train47", 0.86, 0.77, 0.95),
        ("corpus_train48", 0.86, 0.78, 0.85),
        ("corpus_train49", 0.86, 0.71, 0.95),
        ("corpus_train50", 0.9, 0.7, 0.65),
        ("corpus_train51", 0.85, 0.74, 0.5),
        ("corpus_train52", 0.86, 0.7, 0.55),
        ("corpus_train53", 0.96, 0.73, 0.8),
        ("corpus_train54", 0.91, 0.63, 0.95),
        ("corpus_train55", 0.86, 0.77, 0.55),
        ("corpus_train56", 0.89, 0.72, 0.5),
        ("corpus_train57", 0.87, 0.69, 0.65),
        ("corpus_train58", 0.89, 0.7, 0.35),
    ],
)
def test_corpus_quality_meets_targets(
    corpus: str, min_recall: float, min_severity: float, min_url_only: float
) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "eval_matcher.py"),
            "--corpus",
            str(ROOT / "tests" / corpus),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in proc.stdout.splitlines() if x.startswith("matcher"))
    p, r, _ = (float(v) for v in line.split()[1:])
    assert p >= PRECISION_FLOOR.get(corpus, 0.95) and r >= min_recall, proc.stdout
    sev = next(x for x in proc.stdout.splitlines() if x.startswith("severity"))
    assert float(sev.split("=")[-1]) >= min_severity, proc.stdout
    url_only = next(x for x in proc.stdout.splitlines() if x.startswith("url_only"))
    got, of = (int(v) for v in url_only.split()[-1].split("/"))
    assert got >= min_url_only * of, proc.stdout


def test_the_last_word_of_a_school_name_is_its_short_form(tmp_path: Path) -> None:
    """'Ashworth Grange Academy' is 'the Grange' locally; it needs the school or its area
    named elsewhere on the page, and ordinary words ('the Park') never count."""
    wl = tmp_path / "watchlist.toml"
    wl.write_text('[school]\nname = "Ashworth Grange Academy"\nlocality = ["Kestrelford"]\n')
    m = Matcher(config.load(wl))
    cases = [
        ("Kestrelford parents: the Grange has a new head this term.", True),
        ("We walked past the grange on holiday in Wales.", False),
        ("The Grange has a lovely garden, said the estate agent.", False),
    ]
    for text, found in cases:
        assert any(x.subject == "school" for x in m.scan(text)) is found, text
    park = tmp_path / "park.toml"
    park.write_text('[school]\nname = "Holloway Park Academy"\nlocality = ["Kestrelford"]\n')
    assert not Matcher(config.load(park)).scan("Kestrelford: we met at the Park.")


def test_no_concern_rule_matches_empty_text() -> None:
    """A stray "|" in a rule list makes a rule match everywhere; catch it here."""
    import re as _re

    from repwatch.matching import concern

    for name, rx in vars(concern).items():
        if isinstance(rx, _re.Pattern) and isinstance(rx.pattern, str):
            assert rx.search("") is None, name
            assert rx.search(" ") is None, name


RX_TEXT = (
    "terrible teacher, too much homework and so much homework; the end. endless ends. "
    "i'll kill him. ill kill. 3 times this week, third time this term, 12th time in a week. "
    "cat c cattle catalogue. send me the pics of her. nice legs. she's a ride, what a ride. "
    "didn't care, didnt reply, did not care. the school, the schools, schoolgirl, sen, senco. "
    "irish 1rish !rish x!rish c00n coon c0ns 4rab arab. your concern, my concerns, concerns."
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:terrible|too much homework|(?:so|too) much homework|to)\b",
        r"\b(?:the )?end\b|\bends?\b",
        r"\bi'?ll kill\b|\bill\b",
        r"\b(?:\d+|two|three) times this (?:week|term)\b|\bthird time\b|\b\d+th time\b",
        r"\b(?:c|cat|cattle|catalogue)\b",
        r"\b(?:cat|c)\b",
        r"\b(?:cat|cattle|c|catalogue)",  # no closing boundary: the first that fits wins
        r"\b(?:c|cattle|cat)",
        r"\b(?:(?:so|too) much|too much homework|so)",
        r"\bc(?:at)?(?:tle)?\b|\bcatalogue\b",
        r"\b(?:send|share) (?:me )?(?:the )?pics of\b|\bnice legs\b|[😏🍑]",
        r"\b(?:(?:she'?s|what) an? ride|ride)\b",
        r"\bdid(?:n'?t| not) (?:care|reply)\b|\bdidnt reply\b",
        r"\b(school)s?\b|\bsen(?:co)?\b",
        r"\bs(?:en|enco|chool)\b|\bschoolgirls?\b",
        # a class of letters and digits opening an alternative is tried letter by letter
        r"\b(?:[i1]r[i1!]sh|c[o0][o0]ns?|[a4]r[a4@]b|c[o0]ns)\b",
        r"\b(?:[i1!]r[i1!]sh|[a4@]rab)\b",  # "!" cannot be expanded: left as written
        r"\b(?:[a-z]rish|arab)\b",  # nor a range
        r"\b(?:my |any )?concern(?<!your concern)s?\b",
    ],
)
def test_factored_rules_match_as_written(pattern: str) -> None:
    """Concern rules are compiled with their alternatives grouped by first letter for speed;
    the grouping must find exactly what the rule as written finds (same spans, same text)."""
    import re as _re

    from repwatch.matching.concern import _rx

    def spans(rx: _re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in rx.finditer(RX_TEXT)]

    flat = _re.compile(pattern)
    assert spans(flat), "the table's text should exercise the pattern"
    assert spans(_rx(pattern)) == spans(flat)


@pytest.mark.parametrize("name", ["THREAT", "HATE", "SEXUAL", "DEFAMATION", "ABUSE", "NEGATIVE"])
def test_long_rules_skip_word_ends(name: str) -> None:
    """The long concern rules run over every passage of every finding: each must open with a
    word boundary and a look-ahead for a word character, so the engine rejects word ends and
    punctuation without trying each alternative. A new alternative opening with a
    look-behind or a symbol inside the group silently costs that (it made three rules 2-4x
    slower): put look-behinds after the first word ("go(?<!will go) back")."""
    from repwatch.matching import concern

    assert getattr(concern, name).pattern.startswith("\\b(?=\\w)(?:")


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("what a b*tch", "what a bitch"),
        ("f*** off", "fuck off"),
        ("sh!t school", "shit school"),
        # exclamation marks after a word are not a masked word ("ever!!!" is not "everfag")
        ("best teacher ever!!! and sir!!!!", "best teacher ever!!! and sir!!!!"),
        ("#metoo @sir $5", "#metoo @sir $5"),
    ],
)
def test_unmask_spells_out_masked_words_only(text: str, spelt: str) -> None:
    from repwatch.matching.concern import unmask

    assert unmask(text) == spelt


@pytest.mark.parametrize(
    ("first", "clips"),
    [
        ("delroy", {"del", "delr"}),
        ("abdirahman", {"abd", "abdi"}),
        ("mustafa", {"mus"}),  # "Must" is a word, never a name cut short
        ("callum", {"cal"}),  # nor "Call"
        ("tom", {"tommy", "tommie"}),  # too short to cut, but friends write "Tommy"
        ("jane", {"janie", "janey", "jany"}),
    ],
)
def test_cut_short_first_names_skip_everyday_words(first: str, clips: set[str]) -> None:
    from repwatch.matching.variants import clipped

    assert clipped(first) == clips


def test_a_dropped_g_reads_as_ing_but_a_possessive_stays() -> None:
    """ "touchin'" is "touching", at the same length so offsets hold; "Martin's" is a name."""
    text = "touchin' up the lassies in Martin's class"
    assert concern.ing(text) == "touching up the lassies in Martin's class"
    assert len(concern.ing(text)) == len(text)
