"""Recognise mentions of the school and its staff in one document's text.

The match stage of the flow (page text → ``Mention`` s → findings). ``Matcher(watchlist)``
builds the name indexes once; ``scan(text, url)`` then works in four steps:

1. **Filter** — fold the text (:mod:`.normalise`), take the set of its words and intersect it
   with the anchor words of every watched name: one C-speed pass whatever the number of names.
   Cheap triggers add the rare disguises (letter spacing, punctuation inside words, leetspeak,
   hashtags and handles).
2. **Locate** — only around anchor hits, tokenise a small window and match the variants
   (:mod:`.variants`): full name, alias, title + surname, initial + surname, first name +
   initial, nickname, typo (rapidfuzz), hashtag/handle, obfuscated.
3. **Disambiguate** — exclusions, the school's own domains, lookalike organisations (other
   schools and clubs of the same name, namesakes introduced by another job), and the context
   rule: a non-distinctive staff name or the bare short school name counts only when the page
   also refers to the school; when only the school's area is named, a common staff name also
   needs school words near it.
4. **Judge** — classify each occurrence's sentence (:mod:`.concern`), keep one mention per
   subject at the occurrence that best supports the worst severity, and explain it.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from itertools import product
from typing import TypeVar
from urllib.parse import urlsplit

import phonenumbers
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from repwatch.config import Watchlist
from repwatch.matching import concern, learned
from repwatch.matching.normalise import Normalised, display_case, fold, leet_forms, normalise
from repwatch.matching.variants import (
    ANCHOR_TITLES,
    GENERIC,
    SCHOOL_DEPTS,
    SURNAME_PARTICLES,
    TITLE_GENDER,
    TITLES,
    TITLES_AFTER,
    NameIndex,
    PersonForm,
    everyday_word,
    first_name_gender,
    known_word,
    typo_budget,
)
from repwatch.models import CATEGORY_SEVERITY, Category, Mention, severity_of

WORD = re.compile(r"[a-z]+")
WTOKEN = re.compile(r"[a-z0-9$@]+(?:[!|][a-z0-9$@]+)*")
MASK_FILL = "aeiouyw"  # a starred-out letter is nearly always a vowel (w and y in Welsh)
MASK_FILL_B = tuple(c.encode() for c in MASK_FILL)
# One star alone may hide any letter ("Hus*ain", "Gr*ybowski"): 26 fillings, not 26³.
MASK_FILL_ONE = string.ascii_lowercase
MASK_FILL_ONE_B = tuple(c.encode() for c in MASK_FILL_ONE)
MAX_STARS = 3  # letters starred out of one name ("K*w*lczyk", "C*dw*l*dr"); more is a guess
TAG = re.compile(r"[#@][a-z0-9_]{3,60}")
CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
CAMEL_HUMP = re.compile(r"[a-z][A-Z]")  # where a word written in camel case turns
CAMEL_PART = re.compile(r"[A-Z][a-z]+")
# What a campaign puts before a person's name in a tag: "#SackBrennan", "#TeamBlackwood",
# "#JusticeForKhan", "#CheersDel"; and what pupils call a teacher: "#CoachImran", "#FatherEoin".
CAMPAIGN_TAG = re.compile(
    r"(?:sack|fire|remove|resign|out|team|justicefor|justice4|support|supporting|standwith|"
    r"istandwith|westandwith|cheers|thanks|thankyou|thanku|ty|bye|byebye|goodbye|free|boycott|"
    r"ban|love|welove|ilove|coach|father|sir|miss|mr|mrs|ms)([a-z]{3,})"
)
_GO_HOME = r"gohome(?:to[a-z]{3,})?"
CAMPAIGN_TAG_AFTER = re.compile(
    rf"([a-z]{{3,}}?)(?:out|outnow|mustgo|hastogo|resign|mustresign|{_GO_HOME})"
)
# "#MensahGoHome", "QuarshieGoHomeToGhana": the racist's tag, hate against its subject.
GO_HOME_TAG = re.compile(rf"#[a-z]{{3,}}?{_GO_HOME}")
# A campaign against the person it names ("#SackShahidAhmed", "#BrennanOut"): a complaint.
CAMPAIGN_AGAINST = re.compile(
    r"#(?:sack|fire|remove|resign|out|boycott|ban)[a-z]{3,}|#" + CAMPAIGN_TAG_AFTER.pattern
)
# Something personal to publish further on ("He lives at 21 Cherry Lane … his personal mobile
# is 07700 900215"): worth the doxxing checks there.
DOXXING_HINT = re.compile(
    r"\b(?:s?he|they) lives? (?:at|on|in)\b|\b(?:personal|private|home|his|her|their) (?:mobile|"
    r"phone|number|email|address)\b|\b(?:his|her|their) (?:own )?(?:place|flat|house) is\b|"
    # a post's fields ("Address: Flat 2, 41 Saltings Way … Mobile: 07700 900562"): a house
    # number or a mobile number, not a business's landline
    r"\baddress: ?(?:flat \d+[a-z]?,? )?\d|\b(?:mobile|mob|cell): ?(?:\+44 ?(?:\(0\) ?)?|0)7"
)
NICK_MARGIN = 25  # points of rapidfuzz ratio: "billy" is William's, not Robert's
# A forum's or social network's buttons under each post: "Quote | Report | Like", "Like ·
# Reply".
THREAD_FURNITURE = re.compile(
    r"\b(?:quote|report|like|reply|share) ?[|\u00b7.] ?(?:quote|report|like|reply|share)\b"
)
# A job set beside a name: "Clarke, the principal at …", "Lyle, our head".
ROLE_APPOSITION = re.compile(r", (?:the|our|their|its) ((?:[a-z]+ ){0,2}[a-z]+)\b")
# Words after a name that make its owner the one speaking ("…, said:", "told parents").
SPEAKING = re.compile(
    r",? (?:has |had |also )?(?:said|says|told|wrote|added|confirmed|explained|stated|warned)\b"
)
# Two of the staff named in one list ("Ahmed as deputy and Warsame running SEN").
LIST_GAP = 60  # characters between the two names
LIST_JOIN = re.compile(r" and |, | & ")
# A plural verb right after the second name of such a list: what follows is said of both.
# ("Hussain and Petrie, the terrorist and the poof, baith gettin sorted": a description of the
# pair first, and "both" as Scots writes it)
LIST_PLURAL_AFTER = re.compile(
    r"(?:, (?:the|that|those|these|a|an) [^,.!?\n]{1,40},)?,? (?:have|are|were|both|baith|who "
    r"have|who are|have both|need|deserve|should both)\b"
)
SENTENCE_BREAK = re.compile(r"[.!?]+(?:\s|$)|\n")
CAMEL_PAGE = 3000  # characters: pages this short are searched for camel-case runs
# letters a misspelt surname needs to name someone alone ("Hartigen is …"): shorter ones are
# too often another family's name ("Bowes" by "Bowen", "Jonas" by "Jones")
TYPO_ALONE_MIN = 6
CAMEL_MIN_PARTS = 3  # "ShahidAhmedHateClub", "MrsCoulsonMustGo"; not "McDonald"
CAMEL_MARK = "~"  # the prefix of a token that is a camel-case run, as "#" is a hashtag's
SPACED_RUN = re.compile(r"[a-z](?:[ .\-_*]{1,2}[a-z](?![a-z]))+")
# Byte tables for the candidate filter: letters stay, everything else becomes a separator
# (or a class mark), so runs can be found with bytes.split/find instead of a regex scan.
_LETTERS = frozenset(range(97, 123))
_ALPHA = bytes(c if c in _LETTERS else 32 for c in range(256))
# A new line may open a spaced-out name ("S m i t h is a …" at the start of a post).
_SPACED_SHAPE = bytes(97 if c in _LETTERS else 32 if c in b" .-_*\n" else 120 for c in range(256))
# Glue marks inside a name ("Spring-field", "J.Smith", "Sm*th"). Not "_": in page text it
# joins words of code and URLs ("add_argument"), costing a check per identifier, while an
# underscored name ("jane_smith") still splits into words the word pass finds.
_GLUE_SHAPE = bytes(97 if c in _LETTERS else 46 if c in b".-*" else 32 for c in range(256))
_LEET_SHAPE = bytes(
    97 if c in _LETTERS else 49 if c in b"0123456789$@|!" else 32 for c in range(256)
)
# Searches of the shapes. The regex engine scans for a pattern's first byte in a tight loop
# and tries the rest only there, while ``bytes.find`` of a short needle steps about a byte at
# a time through the letters (all one byte in a shape, and in the needle): a pattern that
# opens with a rare byte, a glue mark or a leet character (its letter before it as a
# look-behind, which sees bytes before ``pos`` too), runs 2-3x faster; so, less so, does the
# spaced one. Each finds exactly where ``bytes.find`` of b" a a ", b"a.a" (one on, at the
# mark), b"a1" (one on) and b"1a" would.
_SPACED_AT = re.compile(rb" a a ")
# (a mark or a few between letters, "Q**rshie"; opening with the mark keeps the fast scan)
_GLUE_AT = re.compile(rb"\.(?<=a\.)\.{0,2}a")
_LEET_AFTER = re.compile(rb"1(?<=a1)")
_LEET_BEFORE = re.compile(rb"1a")
AREA_REF = "the page mentions the school's area"
CLUB_SUFFIXES = frozenset({"rfc", "afc", "fc", "cfc", "ufc", "cc", "rufc", "hc", "bc", "gc"})
# Forms that name a person only where the page names the school ("Jane S.", "Miss Nadia").
WHOLE_NAME_FORMS = frozenset({"exact", "title_surname", "initial_surname", "nickname"})
# Forms that name one person plainly enough to be placed by their job alone.
ROLE_FORMS = frozenset({"title_surname", "exact", "possessive", "hyphenated"})
WEAK_FORMS = frozenset(
    {"first_initial", "title_first", "first_role", "title_initial", "surname_initials"}
)
# A school spoken of without its name ("at the college", "our school", "the fenian school"),
# not a school of another kind ("the elementary school", "the dance school") nor one the person
# opened or runs ("who opened the school in a church hall")
THE_SCHOOL_NOUN = re.compile(
    r"(?<!\bopened )(?<!\bfounded )(?<!\bstarted )(?<!\bruns )(?<!\bowns )(?<!\bset up )"
    r"\b(?:the|our|that|this|my) (?!(?:elementary|nursery|primary|secondary|high|junior|infant|"
    r"prep|preparatory|grammar|boarding|private|independent|special|dance|driving|music|"
    r"language|sunday|summer|riding|swimming|surf|ski|art|drama|stage|ballet|flight|cookery|"
    r"forest|film|business|medical|law|coaching|football|tennis|golf) )(?:[a-z]+ )?"
    r"(school|college|academy|grammar)\b"
)
# What pupils call a teacher: a title and the initial(s) of the surname ("Miss Q", "Mr B",
# "Mrs M-D"), not followed by the surname ("Mrs J Thornhill", "Mr P. Okeke").
SCHOOL_NOUNS = frozenset({"school", "college", "academy", "grammar", "comp", "high"})
# Words that say a person teaches or works at a school named beside them.
TEACH_WORDS = ("teach", "taught", "works at", "worked at", "member of staff")
TEACHES = re.compile(r"\b(?:teach(?:es|ing|er)?|taught|works at|worked at|member of staff)\b")
INITIAL_TITLES = frozenset({"mr", "mrs", "miss", "ms", "mx", "sir", "dr"})
AFTER_INITIAL = re.compile(r"\.? ?[A-Z][a-z]|\.[a-z]|&")
# The words after a first name that lead to what the person does ("Yusuf the learning
# mentor", "Sandra on reception", "Kit from Thornacombe", "Liz in the office").
FIRST_ROLE_AFTER = re.compile(
    r",? (?:(?:(?:is|was|who is|who'?s|s?he is|s?he was|s?he'?s) )?(?P<art>the|our|on|in|at|from|"
    r"a|an)(?: the| our)? |(?:is|was|s?he is|s?he was|s?he'?s) )((?:[a-z]+ ?){1,3})"
)
# The job word right before a lower-case first name ("TA abdi", "the caretaker tony").
OWN_JOB_BEFORE = re.compile(r"(?:^|[^a-z])([a-z]+)(?: (?:called|named|known as))? $")
KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|boy|girl|lad|child|kid|nephew|niece|brother|sister|grandson|"
    r"granddaughter|friend|mate|pupil|student|ds|dd)'?s?,? $"
)
FIRST_ROLE_BEFORE = re.compile(r"(?:^|[^a-z])((?:[a-z]+ )?[a-z]+),? $")
# A bare surname spoken of as a person: "that Coulson woman", "nowak rat", "Harris at …".
PERSON_AFTER = re.compile(
    r"(?:'s|s)? (?:woman|man|guy|bloke|lady|fella|geezer|dude|rat|cow|snake|creep|witch|wumman|"
    r"wifie)\b|"
    # a possessive: nobody writes "brown's" of a colour ("Brennan's days are numbered")
    r"(?:'s|')(?= )"
)
SURNAME_PERSON_BEFORE = re.compile(r"\b(?:that|tell|ask|sack|old|mr|mrs|miss|ms) $")
# What a person is called between their surname and "at" the school ("that Murphy fella at").
_PERSON_WORD = r"woman|man|guy|bloke|lady|fella|one|teacher|lad|geezer"
SURNAME_AT = re.compile(
    rf"(?:'s)?(?: (?:{_PERSON_WORD}|cow))? (?:at|from) (?:the |that )?([a-z]+)(?: ([a-z]+))?"
)
ATTACKS = frozenset(
    {
        Category.THREAT,
        Category.HATE,
        Category.SEXUAL,
        Category.DOXXING,
        Category.DEFAMATION,
        Category.ABUSE,
    }
)
FIRST_ROLE_REACH = 30  # characters either side of a first name its job may be in
# What people call a job when the watchlist gives its title ("big Tam the jannie").
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "janitor": ("jannie", "janny", "caretaker"),
    "caretaker": ("janitor", "jannie", "site"),
    "site": ("caretaker", "janitor", "premises"),
    "chaplain": ("priest", "padre", "vicar"),
    "bursar": ("finance", "accounts", "office"),
    "receptionist": ("reception", "office"),
    "assistant": ("ta",),  # a teaching assistant
    "business": ("office", "finance"),  # the school business manager
    "administrator": ("office", "admin"),
    "secretary": ("office",),
    "mathematics": ("maths", "math"),
    "physical": ("pe",),
    "matron": ("nurse",),
    "principal": ("head",),
    "headteacher": ("head", "heidie", "headmaster", "headmistress"),
    "driver": ("minibus", "bus"),
}
NOT_WORD = re.compile(r"\bnot\b")
# Words of a role that do not say which job it is.
ROLE_STOP = frozenset(
    {
        "of",
        "and",
        "the",
        "teacher",
        "teaching",
        "year",
        "lead",
        "school",
        "form",
        "for",
        "in",
        "with",
        "phase",
        "primary",
        "secondary",
        "a",
        "an",
        "to",
    }
)
# Titles that pupils and parents put before a teacher's first name ("Miss Nadia").
FIRST_NAME_TITLES = frozenset(
    {"mr", "mrs", "miss", "ms", "mx", "coach", "nurse", "matron", "rev", "revd", "father"}
    # as pupils and parents of staff's own communities address them: Arabic, Polish,
    # Somali, South Asian English ("Ustadh Tariq", "Pan Piotr", "Macallin Hodan", "Aunty Hodan")
    | {"ustadh", "ustadha", "ustaz", "ustaza", "pan", "pani", "macallin", "macalin", "macalimad"}
    | {"aunty", "auntie"}
)
# ... and after the first name ("Nikhil bhai", "Meera ben", "Jas paaji", "Kokila masi")
FIRST_TITLES_AFTER = TITLES_AFTER | {
    "bhai",
    "ji",
    "paaji",
    "paji",
    "masi",
    "didi",
    "ben",
    "behen",
    "sahib",
    "saab",
    "aunty",
    "auntie",
}
# A list of people by initial and surname ("C Devlin; R Kerr, T Hamilton"): a team sheet.
INITIAL_NAME = re.compile(r"(?:^|[,;:\n(] ?)[A-Z]\.? [A-Z][a-z]+(?:[-'][A-Za-z]+)?(?= ?[,;)(\n]|$)")
ROSTER_REACH = 120  # characters either side
ROSTER_MIN = 4  # names in reach, the one at hand included
EMAIL_DOMAIN = re.compile(r"[a-z0-9-]+\.[a-z]{2,}\b")
NAMESAKE = "namesake"  # a marker, never a mention: someone else of this surname is named
OLD_NEW_NAME_REACH = 200  # characters between a maiden name and the name as listed
LOWER_FIRST_TITLES = frozenset(
    {"mr", "mrs", "miss", "ms", "coach"}
    | {"ustadh", "ustadha", "ustaz", "ustaza", "macallin", "macalin", "macalimad"}
)
# Honorifics after a first name that are no English word, so "nikhil bhai" all in lower
# case is still a person ("ben", "ji" and "sir" need the capital)
LOWER_TITLES_AFTER = frozenset({"bhai", "paaji", "paji", "masi", "didi", "behen", "sahib", "saab"})
# "i miss jo", "will miss sarah", "gonna miss ms k": "miss" the verb
_MISS_VERB_WORDS = (
    "i we you they u ya will gonna gunna really so still already always ll d do does did dont "
    "don't def defo to"
)
MISS_VERB_BEFORE = frozenset(_MISS_VERB_WORDS.split())
SHORT_PAGE = 700  # characters: a post or a review, whose people are the school's
NICK_PER_PAGE = 8  # occurrences of a nickname looked at on one page (see ``_candidates``)
DELIBERATE = frozenset({"obfuscated", "alias"})
ABBREVIATED_TITLES = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "rev", "revd", "fr", "sr", "mme", "st"}
)
KIN_TITLES = frozenset({"aunty", "auntie", "uncle", "baba", "apa", "bibi"})
ALIAS_ROLE_WORDS = frozenset({"nurse", "coach", "father", "sister", "miss", "sir", "matron"})
TEACHER_TAG = re.compile(r"[#@]?(?:mr|mrs|miss|ms|mx|sir)[_.]?[a-z]")
SPACED_LETTERS = re.compile(r"[^\W\d_][ ._*-][^\W\d_][ ._*-][^\W\d_]")
DISGUISE_CHARS = re.compile(r"[0-9$@|!*]")
SCHOOLISH_REACH = 200  # characters either side of a staff name for school words
# A first name followed by a word with leetspeak in it ("Jane 5m1th").
NEXT_LEET = re.compile(r"[ \t]{1,3}[a-z]*[0-9$@|!]")
NAME_GAP = re.compile(r"[ \t]{1,3}|\. ?|[ ]?[-_'][ ]?|_")
SENT_BREAK = re.compile(r"[.!?]+[\"')\]]*\s+|\n")
SCHOOL_WORDS = concern._rx(
    r"\b(?:schools?|teachers?|teaching|pupils?|students?|head ?teachers?|head ?of|"
    r"heads?(?! office)|the comp|comprehensive|high school|deputy|principal|staff|parents?|"
    r"mums?|dads?|year \d+|"
    r"year (?:six|seven|eight)|ofsted|"
    r"class(?:es|room)?|lessons?|homework|detention|uniform|senco|send|sen|ehcp|exclusions?|"
    r"excluded|term|playground|governors?|academy|primary|secondary|kids|children|my son|"
    r"my daughter|reception|nursery|sats|gcses?|exams?|safeguarding|trust|pta|school run|"
    r"headmaster|headmistress|tutor|form tutor|pastoral|the gates|assembly|inset|"
    r"sixth ?form(?:ers?)?|ucas|gcse|a[- ]levels?|"
    # a Scottish school's "depute", a subject's department ("the English dept"), the school emoji
    r"depute|"
    r"(?:english|maths|science|history|geography|pe|music|art|drama) (?:department|dept))\b|"
    r"🏫"
)
# What only a person does, after a bare surname ("Garbutt wouldn't even see me").
PERSON_VERB_AFTER = re.compile(
    r" (?:(?:just|still|never|always|only|even|really|literally|clearly|obviously|actually|"
    r"now) )*(?:thinks|thought|said|says|told|tells|refused|refuses|ignored|ignores|won'?t|"
    r"wont|wouldn'?t|wouldnt|doesn'?t|doesnt|didn'?t|didnt|hasn'?t|hasnt|can'?t|cant|"
    r"couldn'?t|dropped|drops|covered|covers|took over|sets|set (?:us|me|them|my)|gave|gives|"
    r"keeps|kept|shouted|shouts|screamed|sent|sends|rang|emailed|replied|promised|promises|"
    r"lied|lies|blamed|blames|laughed|rolls over|made (?:us|me|them|my|him|her)|makes (?:us|"
    r"me|them|my|him|her)|needs to|should (?:be|resign|go)|has (?:no|never)|would give|"
    r"knows|knew|treats|treated|picks on|picked on|hates|shouts|(?:has )?had it in for|has it "
    r"in for|murdered|destroyed|violated|cooked|took (?:my|our|his|her|me|us|the)|has had (?:his|"
    r"her)|lives (?:on|at|in|near|by|off|round)|confiscated|caught (?:me|us|him|her|man)|"
    r"let (?:me|us|man) off|(?:is|was) (?:actually |lowkey |literally |so |deadass )?(?:safe|"
    r"peak|calm|strict|evil|the goat|a legend))\b"
)


# Two surnames paired ("Evans and O'Sullivan"): the word after or before "and".
PAIR_AFTER = re.compile(r" (?:and|&) ([a-z][a-z'’-]*[a-z])\b")
PAIR_BEFORE = re.compile(r"\b([a-z][a-z'’-]*[a-z]) (?:and|&) $")
# "that Hocking woman", "thon Brennan boy", "that Okonkwo one": a surname made a person by
# the words around it.
THAT_BEFORE = frozenset({"that", "thon", "yon"})
_PERSON_NOUNS = (
    "woman wumman wummin man fella fellow bloke boy lad girl lass lady one guy cow creep witch"
)
PERSON_NOUNS = frozenset(_PERSON_NOUNS.split())
PERSON_NOUN_AFTER = re.compile(r"(?:'s)? (?:" + "|".join(sorted(PERSON_NOUNS)) + r")\b")


CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w'-]*[a-z][\w'-]* $")


TRAILING_DIGITS = re.compile(r"[a-z]{3,}[0-9]+")
# A range of grades, not a person's initials ("grades A-C", "predicted A-B in maths").
GRADE_BEFORE = re.compile(
    r"\b(?:grades?|graded|marks?|levels?|bands?|predicted|predictions?|targets?|got|get|gets|"
    r"getting|achieved|scored|between|from|at|gcses?|a[- ]levels?|highers?|results?)\W{0,3}$"
)
GRADE_AFTER = re.compile(
    r"\W{0,2}(?:grades?|range|passes|in (?:maths|english|science|gcse|a[- ]level|all|every)|"
    r"at (?:gcse|a[- ]level))\b"
)


def _spelt_out(acronym: str) -> re.Pattern[str]:
    """Words whose initials spell ``acronym`` out. Words of four letters or more: "people can
    come" spells nothing out; three will do for an acronym of four letters or more ("Ysgol
    Gymraeg Bro Brynach" for "YGBB"). Joined by a space or a hyphen ("breadth-first search"
    for "BFS"), with "and", "of", "the", "for" between."""
    rest = r"[a-z']{3,}" if len(acronym) <= 3 else r"[a-z']{2,}"
    joint = rest + r"[ -](?:(?:and|of|the|for|&) )*"
    return re.compile(r"\b" + joint.join(acronym) + rest + r"\b")


def _school_words_by(norm: str, o: Occ) -> bool:
    """Are school words ("pupils", "year 6", "detention") within reach of ``o``?"""
    return SCHOOL_WORDS.search(norm, max(0, o.start - 120), o.end + 120) is not None


def _opens_sentence(norm: str, start: int) -> bool:
    """Does a word at ``start`` open the text, a line or a sentence?"""
    before = norm[max(0, start - 20) : start].rstrip(" ")
    return (not before and start <= 20) or before[-1:] in ("\n", ".", "!", "?")


def _opens_line(norm: str, start: int) -> bool:
    """Does a word at ``start`` open the text or a line ("\npenrose still hasn't …")?"""
    return start == 0 or norm[start - 1] == "\n"


TEACHERS_THING_RULE = "a teacher's own lessons, room or rules, on a page that names the school"
# What is a teacher's own, after a possessive surname ("Chaudhry's maths room").
TEACHERS_THING = re.compile(
    r"(?:'s|s'|') ['\"]?(?:['\"]?[a-z-]+['\"]? ){0,3}(?:detentions?|lessons?|class(?:es|room)?|"
    r"room|form|tutor group|homework|rules|system|policy|office|department|marking|"
    r"assembl(?:y|ies)|register|reports?|mocks|exams?|tests?|set|sets|teaching|regime|"
    r"reign|pupils|students|charges|vision|leadership|maths|english|science|history|"
    r"geography|french|spanish|german|music|drama|art|pe|re|biology|chemistry|physics|"
    r"computing|rule|team|squad|lads|staff|tas|meetings?|emails?|letters?|newsletters?|"
    r"announcements?|speech|feedback|groups?|side|club|approach|(?:micro)?management|"
    r"favourites|favouritism|handling|decisions?|attitude|statements?|planning|changes|labs?|"
    r"lot|sessions?|workshops?|practices?|training)\b"
)
# A one-word short name used as a school's ("Kingsmead upper sixth", "boards at Kingsmead",
# "my son's at Kingsmead"): the words right next to it, not anywhere on the page.
SCHOOL_NOUN_AFTER = re.compile(
    r"(?:'s)? (?:(?:upper |lower )?sixth(?: form(?:ers?)?)?|staff ?room|teachers?|teaching staff|"
    r"pupils?|students|boarders?|boarding|sixth-formers?|head ?teachers?|headmaster|"
    r"headmistress|head of|deputy head|senior leadership|slt|bursar|fees|uniform|pta|"
    r"governors|old (?:boys|girls)|alumni|education|open (?:day|evening)|prospectus|"
    r"housemaster|housemistress|chaplain|chaplaincy|boarding house|"
    r"catchment|admissions|ofsted|inspection report|mocks|gcse|a[- ]level|exam results|"
    r"(?:music|science|english|maths|history|pe|drama|art|geography|languages) dep(?:artmen)?t|"
    r"department|dept|parents(?:'|'s)? (?:group|evening|forum|association)|"
    r"(?:year|yr) ?(?:\d+|r|one|two|three|four|five|six)s?|reception class|nursery class|infants|"
    r"juniors|nativity|sports day|school (?:run|gates?|office|nurse|trip)|ptfa|sats|"
    r"office (?:staff|lady|ladies|manager|dragon)|dinner ladies|lollipop (?:lady|man)|"
    r"(?:have |has |just |)(?:excluded|expelled) (?:my|our|him|her|the)|in isolation|"
    r"head(?! office)|heads|coll|acad|skool|skl)\b"
)
# The people of a school, who are also the people of a place: they name the school only when
# its short name is not also the area's ("Springfield parents" is a town's forum).
SCHOOL_PEOPLE_AFTER = re.compile(r"(?:'s)? (?:kids|parents|mums|dads|families)\b")
# Somebody "at Fallowmead" and nothing more: one is at a school but in a suburb ("Annual
# review today at Fallowmead.", "our lad's at Fallowmead too", "whoever hired her at
# Fallowmead deserves"); "at Fallowmead Park" is a place of the suburb.
AT_BEFORE = re.compile(r"\bat $")
AT_END = re.compile(
    r"[.,;:!?)]|\n|$| (?:too|has|have|is|was|are|were|and|but|so|deserves|knows?|said|says|"
    r"did|does|do|had|will|would|should|could|can|cannot|can't|won't|just|never|always|"
    r"still|now|then|because|who|which|that)\b"
)
# An area's name spoken of as an institution: British English gives a body a plural verb
# ("Fallowmead are fiddling their figures", "Cwm Derwen have changed the toilet thing"), a
# town a singular one ("Polwenna is lovely"); and people thank or blame a body ("well done
# Sallowfield, another week of childcare sorted").
INSTITUTION_VERB_AFTER = re.compile(
    r" (?:(?:now|just|still|clearly|obviously|apparently|really|even|also) )?(?:are|aren'?t|"
    r"have|haven'?t|'ve|were|weren'?t|know|keep|need|don'?t|refuse|expect|want|think|care|"
    r"couldn'?t care)\b"
)
INSTITUTION_BEFORE = re.compile(r"\b(?:well done|thanks|thank you|shame on|cheers|nice one),? $")
SCHOOL_PLACE_BEFORE = re.compile(
    r"(?:boards?|boarding|pupils?|students?|teach(?:es|ing)?|taught|notice|pupil|"
    r"head|headteacher|teacher|staff|jobs?|interview|interviewed|places?|offered a place|"
    r"house|boarding\)|(?:1st|2nd|first|second|under[- ]?\d+s?) (?:xv|xi|team|squad)|chaplain|"
    r"housemaster|housemistress|coach|bursar|ta|teaching assistant|caretaker|site manager|"
    r"receptionist|dinner lady|lunchtime supervisor|senco|deputy|deputy head|governors?|vp|"
    r"principal|vice[- ]principal|"
    r"chair of governors|(?:non[- ]uniform|sports|inset|book|open|training) day|nativity|"
    r"parents|head of (?:[a-z]+ ){0,1}[a-z]+|started|starting|starts|got into|got a place|"
    r"(?:first|last) day|"
    r"excluded|expelled|applied|applying|transferred|moved (?:him|her|them)|"
    r"(?:son|daughter|dd|ds|kids?|child|children|boy|girl|twins)(?:'s| is| are| goes| go|"
    r" started| starts| was| were)?(?: now| still)?|(?:in )?(?:year|yr) \d+|reception|"
    r"my school|our school) (?:at|to|from|for) (?:the |that )?$"
)
# Headings of a staff or parent review ("Pros: …", "Cons: …", "Advice to management").
REVIEW_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(pros|cons|the good|the bad|downsides?|upsides?|advice to management)"
    r"\b[ \t]*(?:[:\-\u2013]|\n)"
)
# A campaign for someone, written just before their name ("#justiceformrtaylor").
SUPPORT_BEFORE = re.compile(
    r"(?:justice ?(?:for|4)|i ?stand ?with|we ?stand ?with|stand ?with|bring ?back|reinstate|"
    r"#save|#support|#free)[ _]?(?:mr|mrs|miss|ms|mx|sir)?[ _]?$"
)
SUPPORT_TAG = re.compile(
    r"(?:justicefor|justice4|istandwith|westandwith|standwith|bringback|reinstate|save|"
    r"support|free)(?=[a-z]{3})"
)
REVIEW_END = re.compile(r"\n[ \t]*\n|\bhelpful\b|[\u2605\u2606]{5}")
CONS_HEADINGS = frozenset({"cons", "the bad", "downside", "downsides"})
BEFORE_SHORT = re.compile(
    r"(?:\b(?P<title>mr|mrs|miss|ms|mx) |\b(?P<type>ysgol(?: (?:gynradd|gyfun|uwchradd|gymraeg|"
    r"babanod|iau))?|(?:primary|infant|junior|nursery) school|"
    # a chapel, church, hall, hill, valley, river or lake of the name ("Capel Bethel",
    # "Mynydd Bethel"), in Welsh as the name is written there
    r"capel|gapel|nghapel|eglwys|neuadd|mynydd|fynydd|cwm|afon|llyn|pont|nant|chapel|church) )$"
)
SPECIFIC_TYPES = frozenset(
    {"primary", "academy", "college", "secondary", "high", "infants", "juniors"}
)
CLERGY_TITLES = frozenset({"rev", "revd", "reverend", "fr", "father", "canon", "pastor"})
CLERGY_ROLE = re.compile(
    r"chaplain|priest|minister|vicar|rev|pastor|chapl|curate|deacon|father|rector|parson|canon|"
    r"bishop|dean\b|clergy|rabbi|imam"
)
# Jobs or clubs set after a name that are not a school's ("Craig Mulgrew, the groom, is a vet",
# "Hannah Lister (Sheffield Harriers)").
OTHER_ROLE_AFTER = re.compile(
    r",? (?:(?:the|a|an|who is a|is a|was a|is the most|is the best|is the) )?(?:[a-z]+ )?"
    r"(instructor|groom|bride|vet|merchant|farmer|"
    r"ploughman|plumber|builder|electrician|solicitor|barrister|surgeon|dentist|councillor|mp|"
    r"footballer|striker|midfielder|goalkeeper|boxer|athlete|cricketer|golfer|jockey|singer|"
    r"guitarist|drummer|artist|author|novelist|chef|landlord|landlady|publican|mechanic|"
    r"hairdresser|butcher|baker|accountant|estate agent|pharmacist|paramedic|firefighter|"
    r"soldier|sergeant|constable)\b"
    # a member of a parliament, the letters straight after the name ("Rhiannon Davies MS",
    # not "Mr Yusuf and Ms Quarrington")
    r"| (ms|msp|mla|mep)\b"
    r"|,? \((?:[a-z]+ )+(?:harriers|ac|fc|rfc|cc|club|united|rovers|athletic|rangers|city)\)"
    # "brother Shahid Ahmed (chairman)": an office in another body
    r"|,? \((chairman|chairwoman|chairperson|treasurer|imam|founder|owner|trustee|president|"
    r"vice[- ]chair)\)"
    # "Imran Raja, 49, the sole principal of Raja & Co Solicitors": the head of a firm
    r"|(?:, \d{1,2})?,? (?:the )?(?:sole |senior |managing |founding )?(?:principal|partner|"
    r"director|owner|founder|proprietor) (?:of|at) [a-z&' ]{2,40}? (solicitors|ltd|limited|llp|"
    r"plc|accountants|estate agents|garage|motors|builders|plumbing|roofing)\b"
)
# A death notice after a name, and the age in it ("Passed away peacefully …, aged 84",
# "Treasured memories … Forever 17"): someone else, unless the age is a member of staff's.
DEATH_NOTICE_REACH = 250
DEATH_NOTICE = re.compile(
    r"\bpassed away\b|\bdied peacefully\b|\bpeacefully,? at\b|\bin memoriam\b|"
    r"\btreasured memories\b|\bfuneral (?:service|will|at)\b|\bbeloved (?:husband|wife|dad|mum|"
    r"father|mother|son|daughter)\b|\btaken from us\b"
)
NOTICE_AGE = re.compile(r"\b(?:aged|forever) (\d{1,3})\b")
# Someone else's school before a name: "Her school's principal teacher of maths, A. Quinn".
OTHER_SCHOOL_BEFORE = re.compile(
    r"\b(?:her|his|their|another|the other|a different) school'?s (?:[a-z]+ ){0,5}[a-z]+,? $"
)
# Jobs that introduce a person in news copy and are not a school's ("Wing Gareth Jones").
OTHER_ROLE_BEFORE = concern._rx(
    r"\b(conductor|manager|wing|fly-half|scrum-half|prop|hooker|flanker|full-back|striker|"
    r"midfielder|goalkeeper|keeper|defender|skipper|councillor|cllr|pc|sgt|dc|ds|inspector|"
    r"plumber|builder|electrician|landlord|landlady|owner|chef|singer|soprano|tenor|baritone|"
    r"author|novelist|poet|minister|pastor|vicar|judge|solicitor|barrister|farmer|butcher|"
    r"hairdresser|stylist|organist|drummer|guitarist|winger|batsman|bowler|jockey|boxer|"
    r"club legend|club captain|club chairman|club president|treasurer|chairman|chairwoman|"
    r"chairperson|trustee|imam)(?:,? (?:br|brother|bro|sister|sis|haji|hajji)\.?)? $"
)
# A school's one-of-a-kind posts: in a role ("Deputy Headteacher"), and as written before a
# name ("new principal Mrs Campbell").
_LEAD_POSTS = (
    r"(principal|head ?teacher|headmaster|headmistress|head(?! of)|executive head|deputy head"
    r"(?: ?teacher)?|vice[- ]principal|deputy principal|bursar|business manager|senco|caretaker|"
    r"site manager)"
)
# Words before "head" that make it a department's head, not the school's ("the maths head").
_DEPARTMENT_WORDS = (
    "maths math english science pe art music drama history geography department dept faculty "
    "year house french spanish computing biology chemistry physics languages rugby football "
    "cricket netball sixth form re rs rse pshe ict dt technology humanities german latin irish "
    "welsh pastoral inclusion sen hockey athletics"
)
DEPARTMENT_WORDS = frozenset(_DEPARTMENT_WORDS.split())
LEAD_ROLE_IN = re.compile(rf"(?<![\w-]){_LEAD_POSTS}(?![\w-])")
LEAD_ROLE_BEFORE = re.compile(rf"\b{_LEAD_POSTS}(?: is)?,? $")


def _lead_post(words: str) -> str:
    """One name for each post: "head", "headteacher", "principal" are the head."""
    w = words.replace("-", " ")
    if w.startswith(("deputy", "vice")):
        return "deputy"
    if w.startswith(("head", "principal", "executive head")):
        return "head"
    if w in ("caretaker", "site manager"):
        return "caretaker"
    return w


# What else a school's short name names in its town ("St Botolph's Church", "… Court",
# "(St Botolph's) Scout Group", "Kingsmead FC"): not its rugby or its residents, which may
# be the school's own.
NAMESAKE_ORG = re.compile(
    r"\)? (?:church|chapel|cathedral|parish|surgery|medical (?:centre|practice)|health centre|"
    r"court|scouts?|scout group|cubs|brownies|guides|hospice|hospital|care home|nursing home|"
    r"fc|afc|rfc|united|rovers|athletic|cricket club|hotel|inn|arms|pub|allotments?|motors|"
    r"garage|pharmacy|dental|vets?|road|rd|street|lane|avenue|close|gardens|estate|farm|stores|"
    r"club|library|gaels|gaa|hurling club|presbyterian|house care home|(?:academy|school|college) "
    r"of (?:dance|ballet|music|performing arts|theatre arts|stage|drama|gymnastics|martial arts|"
    r"karate|hair(?:dressing)?|beauty|motoring|driving|football|boxing|swimming))\b"
)
# A byline: "By Sam Rowe", "Photo by Sam Rowe" (a first name that is not the person's).
BYLINE_BEFORE = re.compile(r"\bby [a-z]+ $")
AGE_AFTER = re.compile(
    r"(?:, (?:aged )?| \(| aged )(\d{1,3})"
    r"(?:\)|(?=[,.;:]|$| [-–—] | (?:and|who|from|of|has|had|was|is|died)\b))"
)
MIN_STAFF_AGE, MAX_STAFF_AGE = 18, 75
# After a first name and initial in lower case: "gareth t at tvcc", "dawid k from bramble".
FIRST_INITIAL_AT = re.compile(r"\.? (?:at|from) (?:the )?([a-z0-9]+)")
STAFF_AT = re.compile(
    rf"\.?(?:'s)?,?(?: (?:{_PERSON_WORD}))?"
    r"(?: (?:who )?(?:is|was|works|worked|teaches|taught))? (?:at|from|of) (?:the |that )?"
)
# An article or possessive before a word: the school's one-word name written as a common noun.
COMMON_NOUN_BEFORE = re.compile(r"\b(?:a|an|his|her|its|every|each) $")
THE_BEFORE = re.compile(r"\bthe $")
STAFF_AT_SAINT = re.compile(STAFF_AT.pattern + r"(?:st\.?|saint) ")
# A locality word followed by one of these names another place or organisation.
FOREIGN_PLACE = re.compile(
    r"^,? (?:illinois|il|missouri|mo|massachusetts|mass|ohio|oregon|virginia|tennessee|"
    r"kentucky|vermont|new jersey|pennsylvania|colorado|georgia|florida|usa|us|u\.s\.?|"
    r"queensland|qld|nsw|australia|ontario|canada|manitoba|jamaica|new zealand)\b"
)
# What follows a place name when it names something else ("Springfield Road", "Kingsmead
# rugby club"); after a name that already ends in "College" or "School" these words are
# the school's own ("Kingsmead College chapel").
FOREIGN = re.compile(
    FOREIGN_PLACE.pattern
    + r"|^ (?:road|rd|street|st|avenue|ave|drive|park|hospital|clinic|surgery|medical|leisure|"
    r"shopping|mall|retail|business|fc|united|utd|rovers|athletic|rugby|cricket|golf|"
    r"tennis|council|police|fire|library|church|chapel|mosque|zoo|hotel|inn|arms|pub|"
    r"garage|motors|estate|estates|homes|court|gardens|nursing|care home|care|vets?|"
    r"dental|dentist|pharmacy|post office|farm|stadium|arena|nuclear|power|plant|"
    r"elementary|high school|isotopes|simpsons|tower|station|cemetery|ward|township|"
    r"county|city|mall|bar|tearooms?|tea rooms?|cafe|café|coffee|bakery|butchers?|salon|"
    r"barbers?|takeaway|restaurant|chippy|diner|school of motoring|driving school|"
    r"valley|river|estuary|reservoir|viaduct|weir|gauge|almshouses?|sailing|yacht|rowing|"
    r"bowls|bowling)\b"
)
# Another school named after the place, by its church ("Brindlecross C of E Primary School",
# "… RC Junior"): the group is the denomination, read only when the school's own name has none.
DENOMINATION_SCHOOL = re.compile(
    r"^ (c of e|c\.? ?e\.?|church of england|church in wales|r\.? ?c\.?|roman catholic|catholic|"
    r"methodist|c of s|church of scotland) (?:voluntary (?:aided|controlled) )?(?:primary|junior|"
    r"infants?|first|middle|high|secondary|school|academy|college|nursery)\b"
)
DENOMINATION_WORDS = re.compile(
    r"\b(?:c of e|cofe|ce|church of england|church in wales|rc|roman catholic|catholic|"
    r"methodist|c of s|church of scotland)\b"
)
# The words of a tradesman's firm ("TW Plumbing & Heating", "Addyman Roofing Ltd"), and of
# any firm ("SPS Logistics", "BRH Group").
_TRADE_WORDS = (
    "Plumbing|Heating|Electrical|Electrics|Builders|Construction|Roofing|Scaffolding|"
    "Landscaping|Cleaning|Motors|Taxis|Removals|Haulage|Joinery|Plastering|Autos|Ltd|Limited"
)
_FIRM_WORDS = (
    _TRADE_WORDS + "|Logistics|Building|Cars|Recruitment|Consulting|Consultancy|Solutions|"
    "Services|Properties|Lettings|Transport|PLC|LLP|Group|Holdings|Engineering"
)
TRADE_FIRM = re.compile(rf" (?:{_TRADE_WORDS})\b")
# A firm's name after an acronym or a person's name.
FIRM_AFTER = re.compile(rf" (?:{_FIRM_WORDS})\b")
FIRM_AFTER_FOLDED = re.compile(FIRM_AFTER.pattern, re.IGNORECASE)
# Local organisations named after the place: the short name before one of these is theirs
# ("Cwm Derwen RFC"), though they still place a page in the school's area.
LOCAL_ORG = re.compile(
    r"(?:rfc|afc|male voice|colliery|museum|welfare|stores|butchers?|bakery|nature reserve|"
    r"baptist|methodist|cafe|café)\b"
)
SCHOOL_TYPE_END = frozenset(
    {"school", "college", "academy", "primary", "high", "secondary", "grammar", "infants"}
)
# Text between a staff name and the school's name when the school only says where they work
# ("Mrs Smith at Springfield Centre", "Springfield Centre teacher Jane Smith").
MODIFIER_GAP = re.compile(
    r"[\s,.'()-]*(?:s\b)?[\s,.()-]*(?:(?:at|from|of|in|the|a|an|teacher|teaches|teaching|"
    r"head|headteacher|deputy|senco|maths|english|science|pe|year \d+|form|tutor|who|works|"
    r"worked|is|was|taught|staff|member|'s|s)\b[\s,.()-]*)*"
)
# Pages up to this long (posts, comment threads) are read whole for sexual talk about
# children; longer pages only around the school's name (a whole-page pass costs ~1 ms).
CHILD_PAGE = 4000
OFFENCE_BEFORE = 400  # characters before a name an offence may be laid at their door
OFFENCE_AFTER = 400
# The school, named where a report begins: the unnamed person at it may be accused further on.
SCHOOL_OFFENCE_AFTER = 1200
# Every concern.CHILD_OFFENCE alternative holds one of these words: most pages need no pass.
_CHILD_OFFENCE_WORDS = frozenset(
    {
        b"indecent",
        b"abuse",
        b"sexual",
        b"sex",
        b"groom",
        b"grooming",
        b"groomed",
        b"trust",
        b"upskirting",
        b"voyeurism",
        b"inciting",
        b"kiddie",
        b"porn",
        b"pornography",
        b"inappropriate",
    }
)
# Characters of a thread before and after a staff name read for warning signs of grooming
# (a worried parent describes what happened, then names the teacher in a later reply).
GROOMING_BEFORE = 900
GROOMING_AFTER = 600
# Staff roles: a surname right next to one names a member of staff.
ROLE_NEAR = concern._rx(
    r"\b(?:teacher|head ?teacher|head|deputy|deputy head|senco|tutor|head of (?:year|\w+)|"
    r"(?:maths|english|science|pe|art|history|geography|music|drama|french|spanish|re|it|"
    r"computing|biology|chemistry|physics) (?:teacher|dept|department)|business manager|"
    r"caretaker|receptionist|ta|teaching assistant|housemaster|housemistress|house ?parent|"
    r"bursar|chaplain|coach|matron|director of \w+|principal|vice ?principal|site manager|"
    r"office manager|dsl|pastoral lead|behaviour lead|librarian|technician|school nurse)\b"
)
# A surname's own subject or job right after it ("Murphy in PE", "Lloyd from maths").
JOB_AFTER = re.compile(r" (?:in|from|for|teaches|teaching|on)(?: the| our)? ([a-z]+)")
# Characters after a staff member's passage read for attacks on them.
FOLLOW_ATTACKS = 250
# characters before a name in a short post read for personal details given of that person
LEAD_IN = 300
NEUTRAL_REASON = "Neutral: no threatening, abusive or critical wording around it."
URL_ONLY_REASON = (
    "Sexual content that may involve a child: record the URL only, never screenshot or forward it."
)
PAGE_URL_ONLY_REASON = (
    "URL only: this page also carries sexual content that may involve a child (the finding for "
    "{who}); never screenshot or forward it."
)


def _fill_stars(word: bytes, fill: tuple[bytes, ...]) -> bytes:
    """``word`` with its stars replaced, in order, by the letters of ``fill``."""
    for c in fill:
        word = word.replace(b"*", c, 1)
    return word


_NOT_BARRELS = SURNAME_PARTICLES | {"o"}  # first words of a surname that name nobody alone


def _barrelled(form: PersonForm) -> bool:
    """Is the surname double-barrelled, its first part a name of its own ("Ashdown-Pryce"),
    not a particle ("van der Berg", "bin Said") or an O' ("O'Dwyer")?"""
    return len(form.surname) > 1 and form.surname[0] not in _NOT_BARRELS


def _interleave(parts: list[str], fill: tuple[str, ...], runs: list[int]) -> str:
    """The words either side of each run of stars, joined by that run's letters (``runs``:
    how many stars each gap has; ``fill``: one letter per star, in order)."""
    out, at = [parts[0]], 0
    for n, p in zip(runs, parts[1:], strict=True):
        out += [*fill[at : at + n], p]
        at += n
    return "".join(out)


def _masked(norm: str, occs: list[Occ]) -> str:
    """The folded page with every name found blanked out: a model learns words, not names."""
    parts, at = [], 0
    for o in sorted(occs, key=lambda o: o.start):
        if o.start >= at:
            parts.append(norm[at : o.start])
            at = o.end
    return " ".join([*parts, norm[at:]])


def _url_only(nd: Normalised, cats: Collection[Category]) -> bool:
    """Is a finding of ``cats`` sexual content on a page that speaks of children, to be kept
    as its URL only? On a short post about the school or one of its staff, "the girls" are
    its pupils: a screenshot not kept costs little beside one of a child kept."""
    return Category.SEXUAL in cats and concern.names_children(
        nd.norm, 0, len(nd.norm), school_post=True
    )


def _url_only_page(mentions: list[Mention]) -> list[Mention]:
    """Every finding on a page that may show a child sexually is URL only: evidence is kept per
    finding, and the school's neutral finding would otherwise screenshot the page."""
    flagged = [m.subject for m in mentions if m.url_only]
    if not flagged:
        return mentions
    note = PAGE_URL_ONLY_REASON.format(who=", ".join(flagged))
    return [
        m if m.url_only else replace(m, url_only=True, reason=f"{m.reason} {note}")
        for m in mentions
    ]


# Characters of following sentences a passage takes in after the mention's own sentence.
FOLLOW_ON = 160
# Names of one subject whose passages the learned models read.
PASSAGES_READ = 8
# Characters: a page up to this long is one post or review, whose topic is what it names.
TOPIC_SHORT = 1200
# A school's type word straight after its short name: "Springfield school", "Holloway Park
# Academy's", which names the school as surely as its full name.
SCHOOL_TYPE_AFTER = re.compile(
    r"[ \t-]{1,2}(?:school|primary|academy|college|secondary|"
    r"high school|special school|infants|juniors|centre|center|church school|c of e|ce primary)\b"
)
# A place of the area named as a school ("Tanhouse Primary School"), not the area's school
# run or school gates.
AREA_SCHOOL = re.compile(
    SCHOOL_TYPE_AFTER.pattern
    + r"(?! (?:run|gates?|bus|buses|traffic|parking|holidays?|trips?|uniform|meals?|days?))"
)
# Another school named in full, capitalised ("Brimleigh Community College").
OTHER_SCHOOL = re.compile(
    r"\b[A-Z][a-z]+(?:['\u2019]s)?(?: [A-Z][a-z]+(?:['\u2019]s)?)* (?:Primary School|Community "
    r"College|College|Academy|High "
    r"School|Grammar School|Junior School|Infant School|Secondary School)\b"
)


def _other_school_named(text: str) -> bool:
    # The words first: every form of OTHER_SCHOOL ends in one of them, and a plain
    # substring test is ~100x cheaper than the pattern on a page that has none.
    return ("School" in text or "College" in text or "Academy" in text) and bool(
        OTHER_SCHOOL.search(text)
    )


NEXT_PROPER = re.compile("^ ([A-Z][a-z\u00df-\u024f]+)(?![A-Za-z\u00df-\u024f])")
SCHOOLISH = frozenset(
    {
        "school",
        "primary",
        "academy",
        "college",
        "teachers",
        "teacher",
        "parents",
        "pupils",
        "staff",
        "head",
        "headteacher",
        "year",
        "ofsted",
        "centre",
        "center",
        "high",
        "infants",
        "juniors",
        "pta",
        "governors",
    }
)
ORG_TAIL = re.compile(r"^ (?:for|of) (?:the )?([A-Z][A-Za-z]+)")
SCHOOL_TAIL_OK = frozenset(
    {
        "Year",
        "Years",
        "Reception",
        "Children",
        "Pupils",
        "Parents",
        "Families",
        "Learning",
        # its old pupils ("St Dallán's Past Pupils", "Kingsmead Former Pupils", "… Alumni")
        "Past",
        "Former",
        "Alumni",
        "Springfield",
        # its subjects and their departments ("St Fergus English department")
        "English",
        "Maths",
        "Mathematics",
        "Science",
        "Sciences",
        "History",
        "Geography",
        "French",
        "Spanish",
        "German",
        "Music",
        "Drama",
        "Art",
        "PE",
        "RE",
        "Computing",
        "Biology",
        "Chemistry",
        "Physics",
        "Staff",
        "Teachers",
        "Guidance",
        # its own pages and channels ("the Thornbury Vale Community College Facebook page")
        "Facebook",
        "Instagram",
        "Twitter",
        "Youtube",
        "Linkedin",
        "Website",
        "Page",
        "Group",
        "Blog",
        "Newsletter",
        "Governors",
        # its own occasions ("the Bethel Christmas concert", "Kingsmead Summer Fair")
        "Christmas",
        "Easter",
        "Summer",
        "Harvest",
        "Eisteddfod",
        "Nativity",
        "Carol",
        "Prom",
        "Leavers",
        "Prizegiving",
        "Speech",
        # its parents' groups ("Wrenfold Mums & Dads")
        "Mums",
        "Dads",
        "Mams",
    }
)
SHORT_TYPO_MIN = 8  # letters of a one-word short name that may be matched misspelt alone
# After a name that ends in "Academy", "College" …: a part of the school itself ("Kesterfield
# Academy Sixth Form", "… Sports Centre (community lettings)"), not another body.
SCHOOL_PART_AFTER = frozenset(
    {
        "Sixth",
        "Nursery",
        "Sports",
        "Lettings",
        "Admissions",
        "Alumni",
        "Uniform",
        "Boarding",
        # its former pupils' pages ("Thistlebank Academy Former Pupils", "… Old Girls")
        "Former",
        "Past",
        "Reunion",
        # its clubs, chapel and occasions ("Wrenfold College Boat Club", "… Open Day")
        "Boat",
        "Rowing",
        "Chapel",
        "Choir",
        "Orchestra",
        "Open",
        "Cadet",
        "Combined",
    }
)
BASE_SCORE = {
    "exact": 1.0,
    "alias": 0.95,
    "hashtag": 0.9,
    "handle": 0.9,
    "camelcase": 0.85,
    "title_surname": 0.9,
    "nickname": 0.85,
    "initial_surname": 0.85,
    "obfuscated": 0.85,
    "first_initial": 0.7,
    "title_initial": 0.6,
    "surname_initials": 0.6,
    "title_first": 0.75,
    "first_role": 0.7,
    "typo": 0.8,
    "short_name": 0.7,
    "surname": 0.6,
    "hyphenated": 0.8,
}
VARIANT_WORDS = {
    "hyphenated": "one part of a double-barrelled surname with a title or first name",
    "exact": "the full name",
    "alias": "an alias listed in the watchlist",
    "title_surname": "title and surname",
    "initial_surname": "initial and surname",
    "first_initial": "first name and surname initial",
    "title_initial": "title and surname initial",
    "surname_initials": "the initials of a double-barrelled surname",
    "title_first": "a title and the first name, as pupils call a teacher",
    "first_role": "the first name, with their job beside it",
    "nickname": "a nickname and surname",
    "typo": "a misspelling",
    "obfuscated": "a disguised spelling (spacing, symbols or lookalike letters)",
    "hashtag": "a hashtag",
    "handle": "a social-media handle",
    "camelcase": "a name run together inside a longer word",
    "short_name": "the short name, with school words nearby",
    "surname": "the surname, after the full name earlier on the page",
    "surname_only": "the surname alone",
}


@dataclass
class Tok:
    key: str
    start: int  # shadow offsets
    end: int
    obf: bool = False
    prefix: str = ""  # "#" or "@" when the word is a hashtag or handle
    fixes: tuple[str, ...] = ()  # surname words this one misspells ("kowalczik")


@dataclass
class Occ:
    subject: str
    start: int  # shadow offsets
    end: int
    variant: str
    score: float
    detail: str
    person: PersonForm | None = None


def _ordered(cats: set[Category]) -> tuple[Category, ...]:
    """Categories worst first (the severity table's order breaks ties)."""
    return tuple(sorted(cats, key=lambda c: (CATEGORY_SEVERITY[c].rank, list(Category).index(c))))


def _surname_only(group: list[Occ], keep: Callable[[Occ], bool], why: str) -> list[Occ]:
    """The surname occurrences of the listed name (not an alias's, which may be an ordinary
    word) that ``keep`` accepts, promoted to the "surname_only" variant; ``why`` says what
    made the bare surname theirs."""
    found = [o for o in group if o.person is not None and not o.person.is_alias and keep(o)]
    for o in found:
        o.variant = "surname_only"
        o.score = BASE_SCORE["surname"]
        if o.person is not None:
            o.detail = f"“{o.person.display}” by surname: {why}"
    return found


def _find_all(hay: str, needle: str) -> list[int]:
    """Offsets of ``needle`` as a whole word in ``hay``."""
    out = []
    n = len(needle)
    i = hay.find(needle)
    while i != -1:
        before = hay[i - 1] if i else " "
        after = hay[i + n] if i + n < len(hay) else " "
        if not ("a" <= before <= "z") and not ("a" <= after <= "z"):
            out.append(i)
        i = hay.find(needle, i + n)
    return out


def _camel_parts(word: str) -> list[str]:
    """The words of a camel-case word, accents dropped first ("PádraigKelly" → Padraig,
    Kelly)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return CAMEL.findall(plain)


def _camel_aligned(parts: list[str], key: str) -> bool:
    """Is ``key`` whole words of the camel-case word split into ``parts`` ("Robert", "Smith"
    of "RobertSmithCoaching"), not letters across them ("RobertSmithson…")?"""
    low = [p.lower() for p in parts]
    for i in range(len(low)):
        run = ""
        for p in low[i:]:
            run += p
            if run == key:
                return True
            if not key.startswith(run):
                break
    return False


def _squash(text: str) -> str:
    """Letters and digits only: "#ThamesIronworks" and "thames ironworks fc" compare."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


def _on_domain(host: str, domain: str) -> bool:
    domain = domain.lower().strip(".")
    return bool(host) and (host == domain or host.endswith("." + domain))


CACHE_LIMIT = 50_000  # entries of a per-token cache: a long crawl must not grow it unbounded
K = TypeVar("K")
V = TypeVar("V")


def _remember(cache: dict[K, V], key: K, value: V) -> V:
    """Store ``value`` in a per-token cache shared across pages, emptying it when full."""
    if len(cache) > CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def _speaking(norm: str, o: Occ, occs: list[Occ]) -> bool:
    """Is the person named at ``o`` the one speaking ("the principal, X, said: …")? Read
    after the longest match that starts there ("Folasade Adeyemi" inside "… Adeyemi-Clarke")."""
    end = max((x.end for x in occs if x.start == o.start), default=o.end)
    return SPEAKING.match(norm, end) is not None


def _nearest(at: list[tuple[int, str]], pos: int, subject: str) -> bool:
    """Is ``subject`` the one of ``at`` (offset, subject) named nearest to ``pos``?"""
    return min(at, key=lambda ps: abs(ps[0] - pos))[1] == subject


class Matcher:
    """Finds watched subjects in text; build once per watchlist, scan many documents."""

    def __init__(self, watchlist: Watchlist) -> None:
        self.w = watchlist
        self.idx = NameIndex.build(watchlist)
        # Facts about the page being judged, worked out once however many subjects it names.
        self._page_for: Normalised | None = None
        # The filter's split of the last page it passed on into words of letters, which
        # settles most pages' news test without a second split (see ``_page_facts``).
        self._words_for: Normalised | None = None
        self._page_words: list[bytes] = []
        self._page_news = self._page_article = self._page_thread = False
        self.excludes = [fold(e.text) for e in watchlist.exclude if e.text]
        self._excludes_squashed = [(ex, _squash(ex)) for ex in self.excludes]
        # a gender only where every name they go by agrees: "Alex Brennan", also listed as
        # "Alexandra Brennan", is no "Mr" for certain
        self._gender = {}
        for s in watchlist.staff:
            own = first_name_gender(s.name)
            if own is not None and {first_name_gender(n) for n in s.aliases} <= {own, None}:
                self._gender[s.id] = own
        self.exclude_domains = [e.domain for e in watchlist.exclude if e.domain]
        self.own_domains = tuple(d.lower() for d in watchlist.school.own_domains)
        phones = set()
        for p in watchlist.school.phones:
            try:
                phones.add(
                    phonenumbers.format_number(
                        phonenumbers.parse(p, "GB"), phonenumbers.PhoneNumberFormat.E164
                    )
                )
            except phonenumbers.NumberParseException:
                continue
        self.school_phones = frozenset(phones)
        self.localities = tuple(" ".join(loc) for loc in self.idx.locality)
        # The first word of the school's name when it is coined, not a dictionary word
        # ("thistlebank" of Thistlebank Academy; not "hesketh" of Blessed Richard Hesketh …)
        head = fold(watchlist.school.name).split()[:1]
        self._coined_head = head[0] if head and not everyday_word(head[0]) else ""
        # The words of the school's name, and of all its names: which school types are ours.
        self._name_words = frozenset(WORD.findall(watchlist.school.name.lower()))
        self._own_words = self._name_words.union(
            *(WORD.findall(a.lower()) for a in watchlist.school.aliases)
        )
        # (a church school: "… CE Junior School" after its short name is its own name)
        self._church_school = any(
            DENOMINATION_WORDS.search(fold(n))
            for n in (watchlist.school.name, *watchlist.school.aliases)
        )
        self._anchors_b = frozenset(a.encode() for a in self.idx.anchors)
        self._nick_anchors_b = frozenset(a.encode() for a in self.idx.nick_anchors)
        self._all_anchors_b = self._anchors_b | self._nick_anchors_b
        # Surname initials only one member of staff has ("q", "m-d"): a title before one is
        # them. Listed names only: a maiden name is not what pupils call a teacher now.
        owners: dict[str, set[str]] = {}
        for s in watchlist.staff:
            sur = [t for t in re.split(r"[-‐]+", fold(s.name).rsplit(" ", 1)[-1]) if t]
            if len(s.name.split()) < 2 or not sur:
                continue
            owners.setdefault(sur[0][0], set()).add(s.id)
            if re.match(r"o['’][a-z]", sur[0]):
                owners.setdefault(f"o'{sur[0][2]}", set()).add(s.id)  # "Miss O'D"
            if len(sur) > 1:
                owners.setdefault("-".join(t[0] for t in sur), set()).add(s.id)
        self._initials = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
        # ... and those several share ("Mr M" with a Mr Mensah and a Mrs Mistry on the staff):
        # told apart by the title's gender or the job named beside it (see _shared_initial)
        self._initial_owners = {k: tuple(sorted(v)) for k, v in owners.items() if len(v) > 1}
        # a double-barrelled surname's initials alone ("P-G wants it on every book"): the
        # punctuation pass of the filter looks for them
        self._paired_initials_b = frozenset(k.encode() for k in self._initials if "-" in k)
        self._surnames_b = frozenset(k.encode() for k in self.idx.by_surname_last)
        # How each anchor word earns a window (see _worth): names of the school, run-together
        # names and titles always do; a first name, a single-word surname or a word of the
        # school's name such as "Centre" only with the neighbour a variant needs.
        idx = self.idx
        multi = {
            f.surname[-1] for fs in idx.by_surname_last.values() for f in fs if len(f.surname) > 1
        }
        # Double-barrelled surnames run together and nothing else ("ashdownpryce")
        self._joined_only = frozenset(
            k for k, v in idx.concat.items() if all(kind == "joined" for _, kind, _ in v)
        )
        self._always = frozenset(
            set(idx.concat) | set(idx.school_by_first) | idx.school_short | ANCHOR_TITLES | multi
        )
        self._firsts_of: dict[str, frozenset[str]] = {
            k: frozenset(f.first for f in fs if f.first) for k, fs in idx.by_surname_last.items()
        }
        initials: dict[str, set[str]] = {}
        for k, fs in idx.by_first.items():
            initials.setdefault(k, set()).update(f.surname[0][0] for f in fs)
        self._initials_of = {k: frozenset(v) for k, v in initials.items()}
        self._nicks_of: dict[str, frozenset[str]] = {
            k: frozenset(n for f in fs for n in f.nicknames)
            for k, fs in idx.by_surname_last.items()
        }
        # Surnames of staff marked distinctive (``unique``), as listed: a window even in
        # lower case.
        self._unique_surnames = frozenset(
            f.surname[-1]
            for fs in idx.by_surname_last.values()
            for f in fs
            if idx.staff_unique.get(f.subject) and not f.is_alias
        )
        school_keys = [k for k, v in idx.concat.items() if any(x[0] == "school" for x in v)]
        # The school's acronyms ("PCC") and how another body's name would spell them out
        # ("Police and Crime Commissioner", "parochial church council").
        # (the acronyms listed as aliases, as the watchlist writes them: "TIA", "KCW")
        self._acronym_keys = frozenset(
            a.lower() for a in watchlist.school.aliases if a.isupper() and a.isalpha()
        )
        self._spelt_out = {a: _spelt_out(a) for a in self._acronym_keys if 2 <= len(a) <= 5}
        self._school_acronyms = tuple(k for k in school_keys if 3 <= len(k) <= 5)
        self._acronym_firms = {
            k: re.compile(r"(?<![\w@#])" + k.upper() + FIRM_AFTER.pattern)
            for k in self._acronym_keys
        }
        # (the short name and a department, "lenbrookpe", is not a name a handle cuts short)
        self._school_keys = tuple(
            k
            for k in school_keys
            if len(k) >= 10 and k not in {w + d for w in idx.school_short for d in SCHOOL_DEPTS}
        )
        # Every first name, nickname and short form that goes with each watched surname:
        # "Bob Ashdown" is Robert Ashdown, not a namesake of Katherine Ashdown.
        self._own_firsts: dict[str, set[str]] = {}
        for fs in idx.by_surname_last.values():
            for f in fs:
                self._own_firsts.setdefault(f.surname[-1], set()).update(
                    {f.first, *f.nicknames, *f.clips}
                )
        # The one listed name (aliases aside) whose surname begins Mc or Mac, if only one has.
        macs = {
            f.subject: f
            for fs in idx.by_surname_last.values()
            for f in fs
            if not f.is_alias and f.surname[0].startswith(("mc", "mac")) and len(f.surname[0]) > 4
        }
        self._mac_forms = list(macs.values())
        # Who holds each one-of-a-kind post ("head", "deputy", "bursar"), from their roles.
        self._post_holders: dict[str, set[str]] = {}
        for st in watchlist.staff:
            for m in LEAD_ROLE_IN.finditer(st.role.lower()):
                self._post_holders.setdefault(_lead_post(m.group(1)), set()).add(st.id)
        self._part_of: dict[str, list[PersonForm]] = {}
        for fs in idx.by_surname_last.values():
            for f in fs:
                if len(f.surname) > 1 and not f.is_alias:
                    for part in f.surname:
                        if len(part) >= 3:
                            self._part_of.setdefault(part, []).append(f)
        # The last parts of the double-barrelled surnames by their first ("ashdown" →
        # "pryce"), for the filter to look at "Ashdown-Price" (see ``_typo_alone``).
        self._barrel_lasts: dict[str, set[str]] = {}
        for fs in idx.by_surname_last.values():
            for f in fs:
                if len(f.surname) == 2 and _barrelled(f):
                    self._barrel_lasts.setdefault(f.surname[0], set()).add(f.surname[1])
        # The words of each person's own role ("learning", "mentor"; "head" for a head of
        # anything; "reception" for a receptionist): a first name next to one is theirs.
        self._role_words: dict[str, frozenset[str]] = {}
        self._role_initials: dict[str, str] = {}
        for st in watchlist.staff:
            ws = {w for w in WORD.findall(st.role.lower()) if w not in ROLE_STOP and len(w) > 1}
            ws |= {"head" for w in ws if w.startswith("head")}
            ws |= {alt for w in tuple(ws) for alt in ROLE_SYNONYMS.get(w, ())}
            # and by its initials ("the PSA" for a pupil support assistant)
            acronym = "".join(w[0] for w in WORD.findall(st.role.lower()) if w not in ROLE_STOP)
            if 3 <= len(acronym) <= 5:
                ws.add(acronym)
                self._role_initials[st.id] = acronym
            ws |= {w[:-3] for w in ws if w.endswith("ist") and len(w) > 6}
            self._role_words[st.id] = frozenset(ws)
        self._school_words1 = frozenset(idx.school_short | set(idx.school_by_first))
        # the words after a short name's first ("vale" of Fallowmead Vale), and the generic
        # words long enough to bear a misspelling ("community", "college")
        self._tail_words = frozenset(t[0] for ts in idx.school_short_tail.values() for t in ts if t)
        # one-word short names long enough to bear a misspelling alone ("Kesterfeild")
        self._alone_shorts = sorted(
            w
            for w in idx.school_short
            if () in idx.school_short_tail.get(w, ((),))
            and len(w) >= SHORT_TYPO_MIN
            and w.isalpha()
        )
        self._short_heads = frozenset(w[:3] for w in self._alone_shorts)
        # (b" " + the first three letters, the lengths of the short names that open so)
        self._short_heads_b = tuple(
            (b" " + h.encode(), frozenset(len(w) for w in self._alone_shorts if w[:3] == h))
            for h in sorted(self._short_heads)
        )
        self._tail_and_generic = self._tail_words | {
            w for w in idx.school_generic_tail if len(w) >= 5
        }
        self._tail_initials = frozenset(g[0] for g in self._tail_and_generic)
        self._leet_cache: dict[str, bool] = {}
        self._glue_cache: dict[bytes, bool] = {}
        self._typo_first_cache: dict[tuple[str, str], bool] = {}
        self._typo_surname_cache: dict[str, set[str]] = {}
        self._tag_cache: dict[str, tuple[str, str] | None] = {}
        self._campaign_cache: dict[str, tuple[str, PersonForm] | None] = {}
        # Listed surnames run together, hyphens dropped ("doylerimmer"), for tags.
        self._joined_surnames: dict[str, list[PersonForm]] = {}
        for forms in self.idx.by_surname_last.values():
            for f in forms:
                if not f.is_alias and f.first:
                    joined = "".join(f.surname)
                    if f not in self._joined_surnames.get(joined, []):
                        self._joined_surnames.setdefault(joined, []).append(f)
        # An O' surname written without its apostrophe ("ODriscoll", "Niamh OCallaghan"):
        # the joined word → the surname's second part, split back into two words.
        self._o_joined: dict[str, str] = {
            "o" + f.surname[1]: f.surname[1]
            for fs in self.idx.by_surname_last.values()
            for f in fs
            if len(f.surname) == 2 and f.surname[0] == "o" and len(f.surname[1]) >= 4
        }
        self._o_joined_b = frozenset(k.encode() for k in self._o_joined) - self._anchors_b
        self._all_anchors_b |= self._o_joined_b
        # A double-barrelled surname's first part: a window only where ``_worth`` finds its
        # last part misspelt after it ("Ashdown-Price"); written right, the last part is found.
        self._barrel_firsts_b = frozenset(k.encode() for k in self._barrel_lasts) - (
            self._all_anchors_b
        )
        self._all_anchors_b |= self._barrel_firsts_b
        # "#LenbrookPE" only as the whole tag: "@LenbrookRetail" is a shop
        self._dept_keys = frozenset(w + d for w in idx.school_short for d in SCHOOL_DEPTS)
        self._listed_surname = {
            f.subject: " ".join(f.surname)
            for fs in self.idx.by_surname_last.values()
            for f in fs
            if not f.is_alias
        }
        # Nicknames and cut-short first names (not first names) of one person only: that
        # person's job words, for "tony the caretaker" in lower case.
        self._nick_role: dict[str, frozenset[str]] = {}
        for key in (*idx.by_nick, *idx.by_clip):
            named = idx.by_nick.get(key) or idx.by_clip.get(key) or []
            if key not in idx.by_first and len({f.subject for f in named}) == 1:
                self._nick_role[key] = self._role_words.get(named[0].subject, frozenset())
        self.surname_owners: dict[str, set[str]] = {}
        for forms in self.idx.by_surname_last.values():
            for f in forms:
                self.surname_owners.setdefault(" ".join(f.surname), set()).add(f.subject)

    # ------------------------------------------------------------------ public

    def scan(self, text: str, url: str | None = None) -> list[Mention]:
        host = _host(url)
        if host and any(_on_domain(host, d) for d in (*self.own_domains, *self.exclude_domains)):
            return []
        nd = normalise(text)
        occs, mentions = self._ruled(nd, url or "")
        if not mentions:
            return []
        page = _masked(nd.norm, occs)
        return _url_only_page([self._reconsidered(nd, occs, page, m) for m in mentions])

    def learning_examples(self, text: str) -> list[tuple[Mention, list[str], str]]:
        """Each finding in ``text`` as the rules judge it, with what the learned models read
        for it (its passages and the folded page): the training script's view, so that the
        models learn from exactly what they are later shown."""
        nd = normalise(text)
        occs, mentions = self._ruled(nd, "")
        page = _masked(nd.norm, occs)
        return [(m, self._passages(nd, occs, m.subject), page) for m in mentions]

    def _ruled(self, nd: Normalised, url: str) -> tuple[list[Occ], list[Mention]]:
        """The names found in a page and the findings the rules make of them."""
        positions, offence = self._filter(nd)
        occs = self._locate(nd, positions) if positions else []
        if not occs:
            return [], []
        return occs, self._decide(nd, occs, url, offence=offence)

    def _passages(self, nd: Normalised, occs: list[Occ], subject: str) -> list[str]:
        """The passages around the subject's first few names, each name masked."""
        others = [(o.start, o.end) for o in occs if o.subject != subject]
        out = []
        for o in [o for o in occs if o.subject == subject][:PASSAGES_READ]:
            lo, text = self._passage(nd.norm, o.start, o.end, others)
            hi = lo + len(text)
            names = sorted(
                (max(a.start, lo), min(a.end, hi), a is o)
                for a in occs
                if a.start < hi and lo < a.end
            )
            parts, at = [], lo
            for a, b, own in names:
                if a >= at:
                    parts += [nd.norm[at:a], learned.SUBJECT if own else learned.NAME]
                    at = b
            out.append(" ".join([*parts, nd.norm[at:hi]]))
        return out

    def _reconsidered(self, nd: Normalised, occs: list[Occ], page: str, m: Mention) -> Mention:
        """``m`` after the learned models' second opinion, where the rules found nothing
        worse than a complaint (see :mod:`repwatch.matching.learned`); ``page``: the folded
        page with the names found blanked out."""
        current = m.categories[0] if m.categories else Category.NEUTRAL
        if m.url_only or current not in (Category.NEUTRAL, Category.NEGATIVE):
            return m
        passages = self._passages(nd, occs, m.subject)
        v = learned.reconsider(
            current,
            passages,
            page,
            school=m.subject == "school",
            child=any(concern.CHILD.search(p) for p in passages),
            # the rules read an attack and cleared it (condemned, reported or quoted: the only
            # neutral cues there are): to overturn that the model must be sure of one category
            cleared=current is Category.NEUTRAL and NEUTRAL_REASON not in m.reason,
        )
        if v is None:
            return m
        words = ", ".join(f"“{w}”" for w in v.words)
        sure = f"{round(v.probability * 100)}% sure"
        if v.severity_of:
            sure += f" it is {' or '.join(c.value for c in v.summed)}"
        why = sure + (f"; words weighing most: {words}" if words else "")
        if v.category is Category.NEUTRAL:
            cats: tuple[Category, ...] = (Category.NEUTRAL,)
            reason = f"{m.reason} The learned model reads it as no complaint all the same ({why})."
        else:
            cats = _ordered({v.category, *m.categories} - {Category.NEUTRAL})
            reason = m.reason.replace(NEUTRAL_REASON, "").rstrip() + (
                f" {v.category.value.capitalize()}: judged by the model learned from labelled "
                f"examples ({why})."
            )
        # The model reads sexual content only where the sentences around the name say nothing
        # of children; the page may still speak of them elsewhere, and then, as for the
        # rules' findings, only its URL is kept (the DSL is told).
        url_only = _url_only(nd, cats)
        if url_only:
            reason = f"{reason} {URL_ONLY_REASON}"
        return replace(
            m, categories=cats, severity=severity_of(cats), reason=reason, url_only=url_only
        )

    # ------------------------------------------------------------------ 1. filter

    def _candidates(self, nd: Normalised) -> list[int]:
        return self._filter(nd)[0]

    def _filter(self, nd: Normalised) -> tuple[list[int], bool]:
        """Shadow offsets worth a window, and whether the page has a word of a sexual offence
        against children (read off the same split of its words). Every pass here runs at C
        speed over the page (bytes ``translate``/``split``/``find`` on one-byte "shape"
        strings); Python work is per hit, and most pages have few."""
        norm = nd.norm
        # One byte per character (non-ASCII → "?"), so byte offsets are shadow offsets.
        raw = norm.encode("ascii", "replace")
        anchors_b = self._anchors_b
        # Letters only, padded: b" key " finds the whole word "key" and skips "monkey".
        alpha = b" " + raw.translate(_ALPHA) + b" "
        words = alpha.split()
        hits = self._all_anchors_b.intersection(words)
        nick_hits = hits & self._nick_anchors_b
        hits -= nick_hits
        if len(raw) <= SHORT_PAGE:
            # a post: surnames with an "s" and no apostrophe ("pembertons car") count too
            hits |= {w for w in words if w[-1:] == b"s" and w[:-1] in self._surnames_b}
        positions: list[int] = []
        always, barrel_firsts = self._always, self._barrel_firsts_b
        for key_b in hits:
            key = key_b.decode()
            keep = key in always or (  # (or "pembertons", above)
                key_b not in anchors_b and key_b not in barrel_firsts
            )
            n = len(key_b)
            if n < 4:
                needle = b" " + key_b + b" "
                i = alpha.find(needle)
                while i != -1:
                    # alpha offset i is the space before the word: shadow offset i.
                    if keep or self._worth(nd, alpha, key, i):
                        positions.append(i)
                    i = alpha.find(needle, i + n + 1)
                continue
            # The word itself looked for in the page as it is, then bounded in alpha: the
            # search skips ahead further in varied text than through alpha's letters and
            # blanks (~30% faster), and a name of four letters or more is seldom inside
            # another word (three-letter ones are: "key" in "keyword", "monkey", and each
            # such hit costs a search; at 10,000 names there are many). Raw offset j is
            # alpha's offset of the space before it.
            j = raw.find(key_b)
            while j != -1:
                if alpha[j] == 32 and alpha[j + n + 1] == 32:
                    if keep or self._worth(nd, alpha, key, j):
                        positions.append(j)
                    j = raw.find(key_b, j + n + 1)
                else:
                    j = raw.find(key_b, j + 1)
        if len(raw) <= CAMEL_PAGE:
            # A post's surname misspelt ("Kowalczik has done more for my son", "That Okonkow
            # one"): each long word that is none of ours, looked up among the misspellings
            # of the surnames (cached across pages, as the same words recur).
            for w in set(words).difference(self._all_anchors_b):
                if len(w) >= TYPO_ALONE_MIN and self._typo_surnames_cached(w.decode()):
                    needle = b" " + w + b" "
                    i = alpha.find(needle)
                    while i != -1:
                        positions.append(i)
                        i = alpha.find(needle, i + len(w) + 1)
        # Names run together inside a longer camel-case word ("ShahidAhmedHateClub",
        # "MrsCoulsonMustGo"): read off the original, where the capitals are.
        # Only where a word either side of a turn is one of ours is the whole word read.
        original = nd.original
        anchors = self.idx.anchors
        # Posts only: it is how social media runs names together; a long page (an article,
        # a page of code full of "BaseException") is not searched for it.
        hump = CAMEL_HUMP.search(original) if len(original) <= CAMEL_PAGE else None
        while hump is not None:
            i = hump.start()
            after = CAMEL_PART.match(original, i + 1)
            k = i
            while k > 0 and original[k - 1].isalpha() and not original[k].isupper():
                k -= 1
            if (after is not None and after.group().lower() in anchors) or original[
                k : i + 1
            ].lower() in anchors:
                a, z = i, after.end() if after is not None else i + 2
                while a > 0 and original[a - 1].isalnum():
                    a -= 1
                while z < len(original) and original[z].isalnum():
                    z += 1
                camel = original[a:z]
                tagged = self._tag_key_cached(camel.lower())
                if tagged is not None:
                    parts = _camel_parts(camel)
                    if len(parts) >= CAMEL_MIN_PARTS and _camel_aligned(parts, tagged[0]):
                        positions.append(nd.to_norm(a))
                elif (
                    # a campaign written as a tag without its "#" ("QuarshieMustGo")
                    len(_camel_parts(camel)) >= CAMEL_MIN_PARTS
                    and self._campaign_tag(camel.lower()) is not None
                ):
                    positions.append(nd.to_norm(a))
            hump = CAMEL_HUMP.search(original, i + 2)
        if b"#" in raw or b"@" in raw:
            for ch in (b"#", b"@"):
                i = raw.find(ch)
                while i != -1:
                    m = TAG.match(norm, i)
                    if m and (
                        self._tag_key_cached(m.group()[1:]) is not None
                        or self._campaign_tag(m.group()[1:]) is not None
                    ):
                        positions.append(i)
                    i = raw.find(ch, i + 1)
        # Letter spacing ("S m i t h", "S.m.i.t.h"): two single letters between separators.
        # Padded by one separator, so a name spaced out at the very start counts too: shape
        # offset k is shadow offset k - 1.
        shape = b" " + raw.translate(_SPACED_SHAPE)
        spaced_at = _SPACED_AT.search
        at = spaced_at(shape)
        while at is not None:
            i = at.start()
            run = SPACED_RUN.match(norm, i)
            # no run here ("X\nV a n d e r …": a letter, then a line break): the next letter
            # may start one
            end = i + 2
            if run:
                end = run.end() + 1
                letters = "".join(ch for ch in run.group() if "a" <= ch <= "z")
                if (
                    letters in self.idx.anchors
                    or any(
                        letters.startswith(t) and letters[len(t) :] in self.idx.anchors
                        for t in TITLES
                    )
                    # "M a l t b y a lesson": the letters ran on into the article after them
                    or (letters[-1:] in ("a", "i") and letters[:-1] in self.idx.anchors)
                ):
                    positions.append(max(0, i - 1))
            at = spaced_at(shape, end)
        # Punctuation inside a name ("Spring-field", "J.Smith"): the whole run of letters and
        # glue marks, with the marks removed, is a watched word.
        shape = raw.translate(_GLUE_SHAPE)
        glue_cache = self._glue_cache
        glue_at = _GLUE_AT.search
        at = glue_at(shape)
        while at is not None:
            i = at.start() - 1  # the letter before the mark
            s = shape.rfind(b" ", 0, i) + 1
            e = shape.find(b" ", i)
            if e == -1:
                e = len(shape)
            word = raw[s:e]
            # Cached across pages: the same runs recur ("e.g.", "content-type", "well-known").
            hit = glue_cache.get(word)
            if hit is None:
                stars = word.count(b"*")
                hit = _remember(
                    glue_cache,
                    word,
                    word.translate(None, b"-.*") in anchors_b
                    or word in self._paired_initials_b
                    or (
                        0 < stars <= MAX_STARS
                        and any(
                            _fill_stars(word, fill).translate(None, b"-.") in anchors_b
                            for fill in product(
                                MASK_FILL_ONE_B if stars == 1 else MASK_FILL_B, repeat=stars
                            )
                        )
                    ),
                )
            if hit:
                positions.append(i + 1)
            at = glue_at(shape, e)
        # Leetspeak ("5m1th"): a run of letters and leet characters with both in it.
        shape = raw.translate(_LEET_SHAPE)
        done = -1
        for pattern, back in ((_LEET_AFTER, 1), (_LEET_BEFORE, 0)):
            # ``back``: the match opens at the leet character, one after the pair's start
            # for a letter then leet ("m1"), at it for leet then a letter ("5m").
            leet_at = pattern.search
            at = leet_at(shape)
            while at is not None:
                i = at.start() - back
                s = shape.rfind(b" ", 0, i) + 1
                e = shape.find(b" ", i)
                if e == -1:
                    e = len(shape)
                if s != done and self._leet_hit(norm[s:e]):
                    positions.append(i + back)
                    done = s
                at = leet_at(shape, e)
        # A nickname or cut-short first name ("Del", "Kasia") is often an ordinary word too
        # ("the" of Theodore, "will"): only capitalised, only on a page with something else
        # of ours on it (alone it can never be a mention: see ``_decide``), and a word the
        # page uses more than a few times is the page's vocabulary, not a name.
        for key_b in nick_hits:
            key = key_b.decode()
            needle = b" " + key_b + b" "
            i = alpha.find(needle)
            seen = 0
            while i != -1 and seen < NICK_PER_PAGE:
                seen += 1
                if (
                    nd.original[nd.to_orig(i)].isupper()
                    or self._own_job_after(norm, i + len(key), key)
                    or self._own_job_before(norm, i, key)
                ) and self._worth(nd, alpha, key, i):
                    positions.append(i)
                i = alpha.find(needle, i + len(key_b) + 1)
        # The school's one-word short name misspelt alone ("Kesterfeild", "sallowfeild"): a
        # word that opens as it does and is one edit from it.
        # (C-speed ``find`` of each one's first letters in ``alpha``, as for names above: a
        # regular expression over the page cost half the scan's speed)
        # One search per first three letters ("Springfield" and "SpringfieldCentre" share
        # one): each search reads the whole page.
        for head, lengths in self._short_heads_b:
            j = alpha.find(head)
            while j != -1:
                e = alpha.find(b" ", j + 1)
                n = e - j - 1
                if (
                    n in lengths
                    and norm[j - 1 : j] not in ("@", "#", "_")
                    and norm[j + n : j + n + 1] != "_"
                    and self._short_typo(alpha[j + 1 : e].decode()) is not None
                ):
                    positions.append(j)
                j = alpha.find(head, j + 4)
        if not positions:
            return positions, False
        self._words_for, self._page_words = nd, words
        return positions, not _CHILD_OFFENCE_WORDS.isdisjoint(words)

    def _short_typo(self, word: str) -> str | None:
        """The one-word short name that ``word`` misspells by one changed letter or a swap
        ("lisgarven", "kesterfeild"), if any. A letter more or fewer is not enough: that is
        how a place is named after another ("Thorncombe" by "Thornacombe")."""
        if word in self.idx.school_short:
            return None
        return next(
            (w for w in self._alone_shorts if len(w) == len(word) and OSA.distance(word, w) == 1),
            None,
        )

    def _worth(self, nd: Normalised, alpha: bytes, key: str, p: int) -> bool:
        """Can this occurrence of a first name, surname or school-name word start a variant?

        Ordinary prose is full of words that are also names ("case", "key", "will", "mark",
        "centre"); a window around each would cost more than the rest of the scan. Each test
        mirrors what :meth:`_match` needs there, so no variant is lost: a surname needs a
        capital, a disguise, or an initial / nickname / misspelt first name before it or a
        first name after it ("Smith, Jane") — a bare lower-case surname is never a mention,
        and a title or first name before it has a window of its own; a first name needs an
        initial, its surname or a misspelt surname next to it; a generic school word
        ("Centre") needs a misspelt school name before it. ``alpha`` is the page's letters
        with everything else blanked, padded by one space (so ``alpha[p]`` precedes ``key``).
        """
        norm, idx = nd.norm, self.idx
        end = p + len(key)
        lo = max(0, p - 24)
        before = alpha[lo:p].rstrip()
        prev = before[before.rfind(b" ") + 1 :].decode()
        after = alpha[end + 1 : end + 25]
        gap = len(after) - len(after.lstrip())
        nxt = after[gap:].split(b" ", 1)[0].decode()

        def upper(shadow: int) -> bool:
            return nd.original[nd.to_orig(shadow)].isupper()

        if key in idx.school_the_last and prev == "the":
            return True  # "the Grange"
        if key in idx.by_surname_last:
            if nd.disguised or upper(p) or key in self._unique_surnames or len(norm) <= SHORT_PAGE:
                return True  # (a post is short: every surname in it is worth a look)
            firsts = self._firsts_of[key]
            if prev in self._nicks_of[key] or nxt in firsts:
                return True
            if len(prev) == 1 and any(f[0] == prev for f in firsts) and upper(lo + len(before) - 2):
                return True  # an initial: "J. smith"
            if len(prev) >= 4 and self._typo_first(key, prev, firsts):
                return True
            if prev in THAT_BEFORE and nxt in PERSON_NOUNS:
                return True  # "that hocking woman"
            if nxt == "s" and TEACHERS_THING.match(norm, end):
                return True  # "hussain's further maths group"
        if (
            key in self._barrel_lasts
            and upper(p)
            and len(nxt) >= 4
            and any(OSA.distance(nxt, w) == 1 for w in self._barrel_lasts[key])
        ):
            return True  # "Ashdown-Price": a double-barrelled surname, its last part misspelt
        if key in idx.by_first:
            if prev in FIRST_NAME_TITLES and upper(p):
                return True  # "Matron Liz", "Coach Abdi"
            if (prev in LOWER_FIRST_TITLES or nxt in LOWER_TITLES_AFTER) and not upper(p):
                return True  # all in lower case: "ustadh tariq", "nikhil bhai"
            if (
                upper(p)
                and len(idx.by_first[key]) == 1
                and self._first_role(norm, p, end, idx.by_first[key][0].subject, near=True)
            ):
                return True  # "Yusuf the learning mentor"
            if NEXT_LEET.match(norm, end):
                return True  # a surname with symbols in it ("Jane 5m1th")
            if (
                len(nxt) == 1
                and nxt in self._initials_of.get(key, ())
                and (upper(end + gap) or self._initial_at_school(norm, end + gap + 1))
            ):
                return True  # "Jane S.", "dawid k from bramble"
            if key in self._firsts_of.get(nxt, ()) or key in self._firsts_of.get(prev, ()):
                return True  # "Jane Smith", "Smith, Jane"
            if len(nxt) >= 4 and any(
                f.first == key
                for w in self._typo_surnames_cached(nxt)
                for f in idx.by_surname_last.get(w, ())
            ):
                return True
        if key not in idx.by_first and (key in idx.by_nick or key in idx.by_clip):
            # A nickname or cut-short first name alone ("Del from school", "Becky H.'s
            # class"): only in the frames ``_match`` reads it in. (With a title before it, it
            # has a window from the title already when the title is near the school's name;
            # taking every "Mr Tom" on a page cost a held-out false positive.)
            if (
                not upper(p)
                and not self._own_job_after(norm, end, key)
                and not self._own_job_before(norm, p, key)
            ):
                return False  # (in lower case only with their job next: "tony the caretaker")
            named = idx.by_nick.get(key) or idx.by_clip[key]
            if prev in CLERGY_TITLES and any(
                CLERGY_ROLE.search(idx.staff_role.get(f.subject, "").lower()) for f in named
            ):
                return True  # "Rev Jon takes a lovely assembly"
            if len({f.subject for f in named}) == 1 and self._first_role(
                norm, p, end, named[0].subject, near=True
            ):
                return True
            if len(nxt) == 1 and key in idx.by_nick and upper(end + gap):
                return any(f.surname[0][0] == nxt for f in idx.by_nick[key])
        return (
            (key in idx.school_generic_tail or key in self._tail_words)
            and len(prev) >= 5
            and bool(idx.typo_school_word(prev))
        )

    def _initial_at_school(self, norm: str, at: int) -> bool:
        """Does "at" or "from" and the first word of the school's name (or an alias) follow
        offset ``at``, as after "gareth t"?"""
        m = FIRST_INITIAL_AT.match(norm, at)
        return m is not None and m.group(1) in self.idx.school_by_first

    def _typo_alone(self, nd: Normalised, t: Tok, occ: Occ, form: PersonForm) -> bool:
        """May the surname ``occ``, its last word ``t`` misspelt, name them alone? Only in a
        post, written as a name (capitalised), ``t`` long and one slip from one surname only,
        and no word or common name of its own ("Davis" is not Davies misspelt). In a
        double-barrelled surname the first part, written right, already names them
        ("Ashdown-Price", "Ashdown-Burch"): the whole must be long, the slip may make a word."""
        barrelled = _barrelled(form)
        return (
            occ.variant == "surname"
            and len(t.fixes) == 1
            and len("".join(form.surname) if barrelled else t.key) >= TYPO_ALONE_MIN
            # one slip of the keys ("Wiliam", two from Williams, is a Welsh surname)
            and OSA.distance(t.key, t.fixes[0]) == 1
            and len(nd.original) <= CAMEL_PAGE
            and not t.obf
            and (barrelled or not known_word(t.key))
        )

    def _typo_first(self, key: str, prev: str, firsts: frozenset[str]) -> bool:
        """Is ``prev`` one of the first names of surname ``key`` misspelt? Cached: in ordinary
        prose the same words come before the same surname-like words again and again."""
        hit = self._typo_first_cache.get((key, prev))
        if hit is None:
            hit = _remember(
                self._typo_first_cache,
                (key, prev),
                any(
                    typo_budget(f)
                    and abs(len(f) - len(prev)) <= typo_budget(f)
                    and OSA.distance(prev, f) <= typo_budget(f)
                    for f in firsts
                ),
            )
        return hit

    def _typo_surnames_cached(self, token: str) -> set[str]:
        found = self._typo_surname_cache.get(token)
        if found is None:
            found = _remember(self._typo_surname_cache, token, self.idx.typo_surnames(token))
        return found

    @staticmethod
    def _near(word: str, target: str) -> bool:
        """The same word, or a misspelling within its typo budget ("colege", "comunity")."""
        return word == target or (
            typo_budget(target) > 0 and OSA.distance(word, target) <= typo_budget(target)
        )

    def _leet_hit(self, token: str) -> bool:
        cache = self._leet_cache
        hit = cache.get(token)
        if hit is None:
            anchors = self.idx.anchors
            hit = _remember(cache, token, any(f in anchors for f in leet_forms(token.strip("@"))))
        return hit

    def _tag_key_cached(self, tag: str) -> tuple[str, str] | None:
        cache = self._tag_cache
        if tag not in cache:
            _remember(cache, tag, self._tag_key(tag))
        return cache[tag]

    def _campaign_tag(self, tag: str) -> tuple[str, PersonForm] | None:
        """The member of staff a campaign or a pupil names in a tag ("#SackBrennan",
        "#CheersDel", "#FatherEoin", "#DoyleRimmerOut"): a surname, first name or nickname only
        one of them has, after or before the campaign's word; or their surname after the start
        of their own first name ("@GerFitzsimons")."""
        cache = self._campaign_cache
        if tag in cache:
            return cache[tag]
        t = tag.replace("_", "").replace(".", "")
        m = CAMPAIGN_TAG.fullmatch(t) or CAMPAIGN_TAG_AFTER.fullmatch(t)
        found = self._one_person(m.group(1)) if m is not None else None
        if found is None:
            for i in range(2, len(t) - 3):
                head, forms = t[:i], self._joined_surnames.get(t[i:], [])
                if len(forms) == 1 and (
                    forms[0].first.startswith(head)
                    or any(n.startswith(head) for n in forms[0].nicknames)
                ):
                    found = (forms[0].subject, forms[0])
                    break
        return _remember(cache, tag, found)

    def _one_person(self, word: str) -> tuple[str, PersonForm] | None:
        """The one member of staff whose surname (hyphens dropped), first name or nickname
        ``word`` is."""
        idx = self.idx
        forms = [
            f
            for f in (
                *idx.by_surname_last.get(word, ()),
                *self._joined_surnames.get(word, ()),
                *idx.by_first.get(word, ()),
                *idx.by_nick.get(word, ()),
            )
            if not f.is_alias
        ]
        if len({f.subject for f in forms}) != 1:
            return None
        return forms[0].subject, forms[0]

    def _tag_key(self, tag: str) -> tuple[str, str] | None:
        """The watched name run together inside a hashtag or handle, if any."""
        t = tag.replace("_", "").replace(".", "")
        if t in self.idx.concat:
            return t, "whole"
        n = len(t)
        for size in range(n - 1, 5, -1):
            for i in range(0, n - size + 1):
                sub = t[i : i + size]
                if sub in self.idx.concat and sub not in self._dept_keys:
                    if t[i + size :] in CLUB_SUFFIXES and any(
                        subj == "school" for subj, _, _ in self.idx.concat[sub]
                    ):
                        return None  # "@cwmderwenrfc": the town's rugby club, not the school
                    return sub, "part"
        for a in self._school_acronyms:
            # "#KCWRugby", "@CoachKhanKCW": checked against the tag's capitals in ``_match``
            if n > len(a) + 2 and (t.startswith(a) or t.endswith(a)):
                return a, "edge"
        if n >= 9:
            for key in self._school_keys:
                # a handle cut short by the platform's length limit: "@KingsmeadColl"
                if key.startswith(t) and len(key) - n <= 6:
                    return key, "prefix"
        return None

    def _edge_ok(self, nd: Normalised, t: Tok, acronym: str) -> bool:
        """Is the short alias a word of the tag as written ("KCW" in "#KCWRugby"), not just
        letters inside it ("@kcwilliams")?"""
        s, e = nd.span(t.start, t.end)
        parts = CAMEL.findall(nd.original[s:e])
        return bool(parts) and acronym in (parts[0].lower(), parts[-1].lower())

    # ------------------------------------------------------------------ 2. locate

    def _windows(self, norm: str, positions: list[int]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        n = len(norm)
        for p in sorted(set(positions)):
            s, e = max(0, p - 45), min(n, p + 45)
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        out = []
        for s, e in spans:
            while s > 0 and norm[s - 1] not in " \n":
                s -= 1
            while e < n and norm[e] not in " \n":
                e += 1
            out.append((s, e))
        return out

    def _tokens(self, nd: Normalised, s: int, e: int) -> list[Tok]:
        norm = nd.norm
        camel_page = len(nd.original) <= CAMEL_PAGE
        raw: list[Tok] = []
        for m in WTOKEN.finditer(norm, s, e):
            key = m.group()
            start, end = m.span()
            at = key.find("@", 1)
            if at > 0 and EMAIL_DOMAIN.match(norm, start + at + 1):
                # "dympna.mcilhatton@inbox.example": an address, not leet; digits added to
                # make it unique ("seun.adeyemi77@…") are not part of the name
                key = key[:at].rstrip("0123456789") or key[:at]
            prefix = norm[start - 1] if start > 0 and norm[start - 1] in "#@" else ""
            if not prefix and len(key) >= 8 and camel_page and key.isalnum():
                o_s, o_e = nd.span(start, end)
                word = nd.original[o_s:o_e]
                if CAMEL_HUMP.search(word) and len(_camel_parts(word)) >= CAMEL_MIN_PARTS:
                    prefix = CAMEL_MARK
            if key.startswith("@"):
                key, start, prefix = key.lstrip("@"), start + len(key) - len(key.lstrip("@")), "@"
            key = key.rstrip("@")
            if not key:
                continue
            end = start + len(key)
            obf = False
            if (
                key == "0"
                and norm[end : end + 1] in ("'", "’")
                and norm[end + 1 : end + 2].isalnum()
            ):
                key, obf = "o", True  # "0'C0nn0r": the O' of an Irish surname, in leetspeak
            if (
                not key.isalpha()
                and key[-1].isdigit()
                and TRAILING_DIGITS.fullmatch(key)
                and self._whole_name_tag(norm, start, end)
            ):
                # a handle's number after a whole name ("@dafydd_evans74"), not leetspeak
                key = key.rstrip("0123456789")
                end = start + len(key)
            if not key.isalpha():
                if not any(c.isalpha() for c in key):
                    continue  # a number, not a word
                obf = True
                forms = leet_forms(key)
                key = next(
                    (f for f in forms if f in self.idx.anchors or f in self.idx.concat), forms[0]
                )
                if "@" in m.group()[1:] and not key.isalpha():
                    continue
            if nd.disguised and nd.is_disguised(*nd.span(start, end)):
                obf = True
            if (
                len(key) > 4
                and key[-1] == "s"
                and key not in self.idx.anchors
                and key[:-1] in self.idx.by_surname_last
            ):
                # a possessive without its apostrophe ("pembertons car", "coulsons")
                key, end = key[:-1], end - 1
            if (
                key in self._o_joined
                and not prefix
                and (key not in self.idx.concat or self._name_before(raw, norm, start))
            ):
                # "Miss ODriscoll": the O' and the rest, as if the apostrophe were there, so
                # that the title is read (alone, "ODriscoll" is theirs as a word run together)
                raw.append(Tok("o", start, start + 1, obf, prefix))
                key, start, prefix = self._o_joined[key], start + 1, ""
            fixes: tuple[str, ...] = ()
            if len(key) >= 5 and key.isalpha() and key not in self.idx.by_surname_last:
                fixes = tuple(sorted(self._typo_surnames_cached(key)))
            raw.append(Tok(key, start, end, obf, prefix, fixes))
        return self._merge(norm, raw)

    def _name_before(self, toks: list[Tok], norm: str, start: int) -> bool:
        """Is the word before offset ``start`` (one space before it) a title or a first name
        or nickname of ours?"""
        if not toks or norm[toks[-1].end : start] != " ":
            return False
        k = toks[-1].key
        return k in TITLES or k in self.idx.by_first or k in self.idx.by_nick

    def _whole_name_tag(self, norm: str, start: int, end: int) -> bool:
        """Is the word ending at ``end`` the last of a hashtag or handle that, its number
        dropped, is a watched name whole ("@dafydd_evans74", not "@evans74")?"""
        i = start
        while i > 0 and norm[i - 1] not in "#@" and not norm[i - 1].isspace() and start - i < 60:
            i -= 1
        if norm[i - 1 : i] not in ("#", "@"):
            return False
        tag = norm[i:end].rstrip("0123456789").replace("_", "").replace(".", "")
        return tag in self.idx.concat

    def _merge(self, norm: str, toks: list[Tok]) -> list[Tok]:
        """Undo letter spacing ("S m i t h") and punctuation inside words ("Spring-field")."""
        anchors, concat = self.idx.anchors, self.idx.concat
        out: list[Tok] = []
        # glued[k]: tokens k and k+1 are separated by exactly one punctuation mark.
        glued = [
            toks[k + 1].start - toks[k].end == 1 and norm[toks[k].end] in "-.*_"
            for k in range(len(toks) - 1)
        ] + [False]
        i = 0
        while i < len(toks):
            t = toks[i]
            # Runs of single letters separated by one or two spacing characters.
            if len(t.key) == 1:
                j = i
                # letter spacing is regular ("S m i t h", "S*m*i*t*h"), unlike "C*m D*rwen"
                sep: set[str] | None = None
                while (
                    j + 1 < len(toks)
                    and len(toks[j + 1].key) == 1
                    and 1 <= toks[j + 1].start - toks[j].end <= 2
                    and all(c in " .-_*" for c in norm[toks[j].end : toks[j + 1].start])
                    and sep in (None, set(norm[toks[j].end : toks[j + 1].start]))
                ):
                    sep = set(norm[toks[j].end : toks[j + 1].start])
                    j += 1
                if (
                    j - i >= 3
                    and norm[t.end : toks[i + 1].start] != norm[toks[i + 1].end : toks[i + 2].start]
                ):
                    # a letter set off by a wider gap is not part of the run after it
                    # ("ameliaaa.j  F a i r b u r n": the handle's "j", then the name)
                    out.append(t)
                    i += 1
                    continue
                if j - i >= 2:
                    joined = "".join(x.key for x in toks[i : j + 1])
                    if (
                        joined[-1] in "ai"
                        and joined not in anchors
                        and joined not in concat
                        and joined[:-1] in anchors
                    ):
                        # "teach M a l t b y a lesson": the run took the article after it
                        j -= 1
                        joined = joined[:-1]
                    # "J a n e S m i t h": the run may hold several words; keep it whole and
                    # let concat keys match it, or split off a known leading word.
                    out.append(Tok(joined, t.start, toks[j].end, True, t.prefix))
                    i = j + 1
                    continue
            # Words glued by a single punctuation mark that together make a watched word.
            merged = False
            for j in range(min(len(toks) - 1, i + 3), i, -1) if glued[i] else ():
                if not all(glued[k] for k in range(i, j)):
                    continue
                joined = "".join(x.key for x in toks[i : j + 1])
                if (
                    (joined in anchors or joined in concat)
                    and not all(x.key in anchors for x in toks[i : j + 1])
                    # "Cartwright-Bell" is how the name is spelt, not a disguise of it
                    and joined not in self._joined_only
                ):
                    out.append(Tok(joined, t.start, toks[j].end, True, t.prefix))
                    i = j + 1
                    merged = True
                    break
            # Letters starred out to dodge a search ("Wh*ttaker", "K*w*lczyk"): the fewest
            # stars that fill to a watched name; "M*ss" could be Moss or Miss, so a filling
            # that is not the only one is left to the others.
            # A gap may be a run of stars ("Q**rshie", "F**ney"); one star alone may be any
            # letter ("Hus*ain"), more only vowels.
            runs: list[int] = []
            while not merged and i + len(runs) + 1 < len(toks):
                a, b = toks[i + len(runs)], toks[i + len(runs) + 1]
                gap = norm[a.end : b.start]
                if not gap or gap.strip("*") or sum(runs) + len(gap) > MAX_STARS:
                    break
                runs.append(len(gap))
                parts = [x.key for x in toks[i : i + len(runs) + 1]]
                stars = sum(runs)
                fills = [
                    w
                    for fill in product(MASK_FILL_ONE if stars == 1 else MASK_FILL, repeat=stars)
                    if (w := _interleave(parts, fill, runs)) in anchors and w not in TITLES
                ]
                if len(fills) == 1:
                    end = toks[i + len(runs)].end
                    out.append(Tok(fills[0], t.start, end, True, t.prefix))
                    i += len(runs) + 1
                    merged = True
                elif fills:
                    break
            if not merged:
                out.append(t)
                i += 1
        return out

    def _locate(self, nd: Normalised, positions: list[int]) -> list[Occ]:
        occs: dict[tuple[str, int, int], Occ] = {}
        for s, e in self._windows(nd.norm, positions):
            toks = self._tokens(nd, s, e)
            for occ in self._match(nd, toks):
                key = (occ.subject, occ.start, occ.end)
                if key not in occs or occs[key].score < occ.score:
                    occs[key] = occ
        return list(occs.values())

    def _gap_ok(self, norm: str, a: Tok, b: Tok, *, comma: bool = False) -> bool:
        if a.end == b.start:
            return a.key == "o"  # split from one word: "ODriscoll" (see ``_tokens``)
        gap = norm[a.end : b.start]
        if comma and gap in (", ", ","):
            return True
        return NAME_GAP.fullmatch(gap) is not None

    def _school_gap(self, norm: str, a: Tok, b: Tok) -> bool:
        """Between two words of a school's name: as between a person's, or the ampersand of
        an abbreviation ("Sallowfield J&I")."""
        if norm[a.end : b.start] == "&" and len(a.key) == 1 and len(b.key) == 1:
            return True
        return self._gap_ok(norm, a, b)

    def _upper(self, nd: Normalised, t: Tok) -> bool:
        c = nd.original[nd.to_orig(t.start)]
        return c.isupper()

    def _match(self, nd: Normalised, toks: list[Tok]) -> list[Occ]:
        idx, norm = self.idx, nd.norm
        out: list[Occ] = []
        for i, t in enumerate(toks):
            k = t.key
            if (
                i + 1 < len(toks)
                and len(toks[i + 1].key) <= 2
                and (k in INITIAL_TITLES or k in idx.by_first or k in idx.by_nick)
                and (occ := self._title_initial(nd, toks, i)) is not None
            ):
                out.append(occ)
            if (
                len(k) == 1
                and i + 1 < len(toks)
                and len(toks[i + 1].key) == 1
                and (occ := self._paired_initials(nd, toks, i)) is not None
            ):
                out.append(occ)
            if k in ("mac", "mc") and i > 0 and (occ := self._title_mac(nd, toks, i)) is not None:
                out.append(occ)
            # Run-together names: hashtags, handles, "SpringfieldCentre", spaced-out names.
            if k in idx.concat or t.prefix:
                found = (k, "whole") if k in idx.concat else self._tag_key(k)
                if found and found[0] in self._dept_keys and not t.prefix:
                    found = None  # "#LenbrookPE" as a tag, not "ballykeelan-science.example"
                if found and found[1] == "edge" and not self._edge_ok(nd, t, found[0]):
                    found = None
                if (
                    found is None
                    and t.prefix in ("#", "@", CAMEL_MARK)
                    and (campaign := self._campaign_tag(k)) is not None
                ):
                    variant = {"#": "hashtag", "@": "handle"}.get(t.prefix, "camelcase")
                    out.append(
                        Occ(
                            campaign[0],
                            t.start,
                            t.end,
                            variant,
                            BASE_SCORE[variant],
                            f"“{campaign[1].display}” named in a tag",
                            campaign[1],
                        )
                    )
                if t.prefix and (found is None or found[1] in ("part", "edge")):
                    # a tag may name a person and the school: "@CoachKhanKCW"
                    for a in self._school_acronyms:
                        if (
                            len(k) > len(a) + 2
                            and (k.startswith(a) or k.endswith(a))
                            and self._edge_ok(nd, t, a)
                        ):
                            variant = "hashtag" if t.prefix == "#" else "handle"
                            out.append(
                                Occ(
                                    "school",
                                    t.start,
                                    t.end,
                                    variant,
                                    BASE_SCORE[variant],
                                    f"“{a.upper()}” as a word of the tag",
                                )
                            )
                            break
                if found and found[1] == "edge":
                    found = None  # added above
                if found and t.prefix == CAMEL_MARK:
                    s_o, e_o = nd.span(t.start, t.end)
                    if not _camel_aligned(_camel_parts(nd.original[s_o:e_o]), found[0]):
                        found = None  # "RobertSmithsonPlumbing" is not Robert Smith
                if found:
                    for subj, kind, name in idx.concat[found[0]]:
                        if t.prefix == "#":
                            variant = "hashtag"
                        elif t.prefix == "@":
                            variant = "handle"
                        elif t.prefix == CAMEL_MARK:
                            variant = "camelcase"
                        elif t.obf:
                            variant = "obfuscated"
                        elif kind == "alias" and " " not in name.strip():
                            variant = "alias"
                        elif kind == "joined":
                            variant = "camelcase"
                        else:
                            variant = "handle"
                        out.append(
                            Occ(
                                subj,
                                t.start,
                                t.end,
                                variant,
                                BASE_SCORE[variant],
                                f"“{name}” written as one word",
                            )
                        )
            # The school's name and aliases.
            forms = idx.school_by_first.get(k, ())
            school_hit = False
            for sform in forms:
                n = len(sform.tokens)
                if n == 1 and t.prefix:
                    continue  # a run-together alias as a hashtag/handle: reported as such
                seq = toks[i : i + n]
                if (
                    len(seq) == n
                    and all(x.key == w for x, w in zip(seq, sform.tokens, strict=True))
                    and all(self._school_gap(norm, seq[q], seq[q + 1]) for q in range(n - 1))
                ):
                    variant = "alias" if sform.is_alias else "exact"
                    if any(x.obf for x in seq):
                        variant = "obfuscated"
                    out.append(
                        Occ(
                            "school",
                            seq[0].start,
                            seq[-1].end,
                            variant,
                            BASE_SCORE[variant],
                            f"“{sform.display}”",
                        )
                    )
                    school_hit = True
            if not school_hit and forms:
                # One later word of a school name misspelt ("Ysgol Gyfun Cwm Derwin", "St
                # Aiden's High"): the first word as written, the rest exact but one.
                for sform in forms:
                    n = len(sform.tokens)
                    seq = toks[i : i + n]
                    if n < 2 or len(seq) != n:
                        continue
                    wrong = [
                        (x.key, w) for x, w in zip(seq, sform.tokens, strict=True) if x.key != w
                    ]
                    if n == 2 and not (
                        # a two-word name: only its last word, a letter changed or two swapped
                        # ("Bryn Bethal"), not one left off ("Kestrel Field")
                        len(wrong) == 1
                        and wrong[0][1] == sform.tokens[-1]
                        and len(wrong[0][0]) == len(wrong[0][1]) >= 6
                    ):
                        continue
                    if (
                        len(wrong) == 1
                        and len(wrong[0][1]) >= 5
                        and wrong[0][1] not in GENERIC
                        and OSA.distance(*wrong[0]) <= typo_budget(wrong[0][1])
                        and all(self._gap_ok(norm, seq[q], seq[q + 1]) for q in range(n - 1))
                    ):
                        out.append(
                            Occ(
                                "school",
                                seq[0].start,
                                seq[-1].end,
                                "typo",
                                0.8,
                                f"“{sform.display}” misspelt",
                            )
                        )
                        school_hit = True
                        break
            if (
                not school_hit
                and k not in idx.school_short
                and i + 1 < len(toks)
                # "Fallowmeed Academy", "Fallowmeed Vale"
                and len(k) >= 5
                and (
                    toks[i + 1].key in idx.school_generic_tail
                    or toks[i + 1].key in self._tail_words
                    # "polwena comunity colege": every word misspelt
                    or (
                        toks[i + 1].key[:1] in self._tail_initials
                        and any(self._near(toks[i + 1].key, g) for g in self._tail_and_generic)
                    )
                )
            ):
                w = idx.typo_school_word(k)
                if w:
                    for sform in idx.school_by_first.get(w, ()):
                        n = len(sform.tokens)
                        seq = toks[i : i + n]
                        if len(seq) == n and all(
                            self._near(x.key, y)
                            for x, y in zip(seq[1:], sform.tokens[1:], strict=True)
                        ):
                            sim = fuzz.ratio(k, w) / 100
                            out.append(
                                Occ(
                                    "school",
                                    seq[0].start,
                                    seq[-1].end,
                                    "typo",
                                    round(0.6 + 0.35 * sim, 3),
                                    f"“{sform.display}” misspelt",
                                )
                            )
                            school_hit = True
                            break
            if (
                not school_hit
                and k in idx.school_the_last
                and i > 0
                and toks[i - 1].key == "the"
                and nd.original[nd.to_orig(t.start)].isupper()
            ):
                # "the Grange": a one-word short form, so it needs the school named elsewhere
                # on the page or a place of its area (judged in ``_decide`` like "Springfield").
                out.append(
                    Occ(
                        "school",
                        t.start,
                        t.end,
                        "short_name",
                        BASE_SCORE["short_name"],
                        f"“The {display_case(norm[t.start : t.end])}”, the school's short name",
                    )
                )
            if (
                not school_hit
                and len(k) >= SHORT_TYPO_MIN
                and k[:3] in self._short_heads
                and not t.obf
                and (w := self._short_typo(k)) is not None
            ):
                # judged like the short name itself, in ``_decide``: the school only with
                # school words or the school's name nearby
                out.append(
                    Occ(
                        "school",
                        t.start,
                        t.end,
                        "short_name",
                        round(BASE_SCORE["short_name"] * 0.9, 3),
                        f"“{display_case(w)}” misspelt, on its own",
                    )
                )
                school_hit = True
            if not school_hit and k in idx.school_short:
                short: list[Tok] | None = None
                for tail in idx.school_short_tail.get(k, ((),)):
                    seq = toks[i + 1 : i + 1 + len(tail)]
                    if tuple(x.key for x in seq) == tail and all(
                        self._school_gap(norm, a, b) for a, b in zip([t, *seq], seq, strict=False)
                    ):
                        short = seq
                        break
                if short is not None:
                    variant = "obfuscated" if t.obf else "short_name"
                    end = short[-1].end if short else t.end
                    out.append(
                        Occ(
                            "school",
                            t.start,
                            end,
                            variant,
                            BASE_SCORE[variant],
                            f"“{display_case(norm[t.start : end])}” on its own",
                        )
                    )
            # Staff: surname (possibly several words) ending at this token, or at a word
            # that misspells its last word ("Mrs O'Dwyre", "Hartigen at Wrenfold").
            for form in (
                idx.by_surname_last.get(k, ())
                if not t.fixes
                else [f for w in (k, *t.fixes) for f in idx.by_surname_last.get(w, ())]
            ):
                n = len(form.surname)
                if i - n + 1 < 0:
                    continue
                seq = toks[i - n + 1 : i + 1]
                # Earlier parts of a double-barrelled surname may be misspelt.
                misspelt = [
                    (x.key, w) for x, w in zip(seq, form.surname, strict=True) if x.key != w
                ]
                if any(OSA.distance(a, b) > typo_budget(b) for a, b in misspelt):
                    continue
                if not all(self._gap_ok(norm, seq[q], seq[q + 1]) for q in range(n - 1)):
                    continue
                occ = self._person_before(nd, toks, i - n + 1, i, form)
                if self._wrong_title(toks, i - n + 1, form.subject):
                    continue  # "Mrs Ashdown" is not Robert Ashdown (his wife, perhaps)
                other = (
                    i - n + 1
                    if occ.variant in ("surname", "lower_surname")
                    and self._other_first(nd, toks, i - n + 1, form)
                    # "Headteacher Mark Pilkington" is not Gareth Pilkington
                    else i - n
                    if occ.variant == "exact"
                    and i - n >= 0
                    and toks[i - n].start == occ.start
                    and self._other_first(nd, toks, i - n, form)
                    # "Abdullah Yusuf Ali", the translator, is not Yusuf Ali
                    else None
                )
                if other is not None:
                    # ... and the page's later "Mr Pilkington" may be that man: a marker
                    # carrying his first name (see ``_decide``)
                    first = toks[other - 1].key
                    if len(first) > 1 and first not in self._own_firsts[form.surname[-1]]:
                        out.append(
                            Occ(
                                form.subject,
                                toks[other - 1].start,
                                t.end,
                                NAMESAKE,
                                0.0,
                                first,
                                form,
                            )
                        )
                    continue
                if misspelt:
                    if occ.variant in ("surname", "lower_surname"):
                        if len(misspelt) > 1 or not self._typo_alone(nd, t, occ, form):
                            continue
                        # a surname alone still, for ``_decide``'s rules of the bare surname
                        occ.detail = f"“{form.display}” by surname, misspelt"
                    else:
                        occ.variant, occ.score = "typo", 0.8
                        occ.detail = f"“{form.display}” with the surname misspelt"
                out.append(occ)
            # Staff: one part of a double-barrelled surname after a title or the first name
            # ("Mrs Lyle", "Dr Fenwick" for Katherine Lyle-Fenwick).
            if i > 0 and k in self._part_of:
                prev = toks[i - 1]
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                # "Miss O'Sullivan" for Aisling O'Sullivan-Grant: the O' belongs to the part
                lead = 0
                if (
                    i > 1
                    and len(prev.key) <= 2
                    and norm[prev.end : t.start] in ("'", "\u2019")
                    and self._gap_ok(norm, toks[i - 2], prev)
                ):
                    lead = 1
                    prev = toks[i - 2]
                # in lower case only after what pupils call a teacher ("miss grant")
                cased = self._upper(nd, toks[i - lead]) or (
                    prev.key in LOWER_FIRST_TITLES and len(k) >= 4
                )
                for form in self._part_of[k] if cased else ():
                    if not (prev.key in TITLES or prev.key == form.first) or (
                        not lead and not self._gap_ok(norm, prev, t)
                    ):
                        continue
                    if lead and toks[i - 1].key not in form.surname:
                        continue
                    if (not lead and prev.key in form.surname) or (
                        nxt is not None and nxt.key in form.surname and self._gap_ok(norm, t, nxt)
                    ):
                        continue  # the whole surname, matched above
                    if self._wrong_title(toks, i - lead, form.subject):
                        continue
                    out.append(
                        Occ(
                            form.subject,
                            prev.start,
                            t.end,
                            "hyphenated",
                            BASE_SCORE["hyphenated"],
                            f"“{form.display}” by one part of the surname",
                            form,
                        )
                    )
            # ... or, capitalised, with the person's own job set beside it ("Clarke, the
            # principal at Ironworks" for Folasade Adeyemi-Clarke)
            if (
                k in self._part_of
                and (i == 0 or toks[i - 1].key not in TITLES)
                and (app := ROLE_APPOSITION.match(norm, t.end)) is not None
                and self._upper(nd, t)
            ):
                job = set(app.group(1).split())
                for form in self._part_of[k]:
                    if i > 0 and toks[i - 1].key in (form.first, *form.surname):
                        continue  # the whole name, matched above
                    if job & self._role_words.get(form.subject, frozenset()):
                        out.append(
                            Occ(
                                form.subject,
                                t.start,
                                t.end,
                                "hyphenated",
                                BASE_SCORE["hyphenated"],
                                f"“{form.display}” by one part of the surname, with their job",
                                form,
                            )
                        )
            # Staff: a title or first name followed by a misspelt surname.
            if i > 0 and k not in idx.by_surname_last and len(k) >= 4:
                prev = toks[i - 1]
                # Both names misspelt ("Jnae Simth") only when both are capitalised.
                both = (
                    len(prev.key) >= 4
                    and prev.key not in idx.by_first
                    and self._upper(nd, prev)
                    and self._upper(nd, t)
                )
                if (prev.key in TITLES or prev.key in idx.by_first or both) and self._gap_ok(
                    norm, prev, t
                ):
                    for w in self._typo_surnames_cached(k):
                        for form in idx.by_surname_last.get(w, ()):
                            if len(form.surname) != 1:
                                continue
                            if (
                                prev.key in TITLES
                                or prev.key == form.first
                                or (
                                    both
                                    and form.first
                                    and OSA.distance(prev.key, form.first)
                                    <= max(1, typo_budget(form.first))
                                )
                            ):
                                sim = fuzz.ratio(k, w) / 100
                                out.append(
                                    Occ(
                                        form.subject,
                                        prev.start,
                                        t.end,
                                        "typo",
                                        round(0.55 + 0.4 * sim, 3),
                                        f"“{form.display}” with the surname misspelt",
                                        form,
                                    )
                                )
            # Staff: first name or nickname + surname initial ("Jane S.", "Liz C").
            for form in (*idx.by_first.get(k, ()), *idx.by_nick.get(k, ())):
                if i + 1 >= len(toks):
                    continue
                nxt = toks[i + 1]
                if (
                    len(nxt.key) == 1
                    and nxt.key == form.surname[0][0]
                    and self._gap_ok(norm, t, nxt)
                    and (
                        self._upper(nd, nxt)
                        # in lower case, with their own job after ("caoimhe c. from science")
                        or (
                            norm.startswith(".", nxt.end)
                            and self._first_role(norm, t.start, nxt.end + 1, form.subject)
                        )
                        # ... or the school's name ("gareth t at tvcc", "dawid k from bramble")
                        or self._initial_at_school(norm, nxt.end)
                    )
                    and (i + 2 >= len(toks) or toks[i + 2].key not in idx.by_surname_last)
                ):
                    out.append(
                        Occ(
                            form.subject,
                            t.start,
                            nxt.end,
                            "first_initial",
                            BASE_SCORE["first_initial"],
                            f"“{form.display}” as first name and initial",
                            form,
                        )
                    )
            # Staff: a title and the first name ("Miss Nadia", "Mr Yusuf", "Matron Liz"), as
            # nursery and primary pupils call their teachers. Followed by another capitalised
            # word it is a full name, theirs (matched above) or someone else's.
            if (
                i > 0
                and (k in idx.by_first or k in idx.by_nick or k in idx.by_clip)
                and (self._upper(nd, t) or self._lower_title_first(nd, toks, i))
            ):
                prev = toks[i - 1]
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                firsts = [*idx.by_first.get(k, []), *idx.by_nick.get(k, [])] or idx.by_clip[k]
                if (
                    prev.key in FIRST_NAME_TITLES
                    and norm[prev.end : t.start] == " "
                    and not (
                        nxt is not None
                        and len(nxt.key) > 1
                        and self._gap_ok(norm, t, nxt)
                        and self._upper(nd, nxt)
                    )
                    and len({f.subject for f in firsts}) == 1
                    and not self._wrong_title(toks, i, firsts[0].subject)
                    # "Rev Jon" only for clergy
                    and (
                        prev.key not in CLERGY_TITLES
                        or CLERGY_ROLE.search(idx.staff_role.get(firsts[0].subject, "").lower())
                        is not None
                    )
                ):
                    out.append(
                        Occ(
                            firsts[0].subject,
                            prev.start,
                            t.end,
                            "title_first",
                            BASE_SCORE["title_first"],
                            f"“{firsts[0].display}” by title and first name",
                            firsts[0],
                        )
                    )
            # ... or with the honorific after it, as South Asian English has it ("Shahid sir")
            if (
                i + 1 < len(toks)
                and toks[i + 1].key in FIRST_TITLES_AFTER
                and norm[t.end : toks[i + 1].start] == " "
                and (k in idx.by_first or k in idx.by_nick)
                and (
                    self._upper(nd, t)
                    or (toks[i + 1].key in LOWER_TITLES_AFTER and not self._upper(nd, toks[i + 1]))
                )
            ):
                firsts = [*idx.by_first.get(k, []), *idx.by_nick.get(k, [])]
                if len({f.subject for f in firsts}) == 1 and not (
                    toks[i + 1].key == "sir" and self._gender.get(firsts[0].subject) == "female"
                ):
                    out.append(
                        Occ(
                            firsts[0].subject,
                            t.start,
                            toks[i + 1].end,
                            "title_first",
                            BASE_SCORE["title_first"],
                            f"“{firsts[0].display}” by first name and title",
                            firsts[0],
                        )
                    )
            # Staff: the first name with the person's own job beside it ("Yusuf the learning
            # mentor", "our nurse, Ada", "Kit from Thornacombe").
            named = idx.by_first.get(k) or idx.by_nick.get(k) or idx.by_clip.get(k)
            if (
                named
                and len({f.subject for f in named}) > 1
                and self._upper(nd, t)
                and not (i > 0 and self._gap_ok(norm, toks[i - 1], t) and toks[i - 1].key in TITLES)
            ):
                # a nickname two of the staff could have ("Billy": William, and Robert in the
                # nicknames data): the one whose job is beside it, else the one whose first name
                # it plainly comes from
                named = self._likeliest(norm, t, k, named)
            if (
                named
                and len({f.subject for f in named}) == 1
                and (
                    self._upper(nd, t)
                    or self._own_job_after(norm, t.end, k)
                    or self._own_job_before(norm, t.start, k)
                )
                and not (i > 0 and self._gap_ok(norm, toks[i - 1], t) and toks[i - 1].key in TITLES)
                and self._first_role(norm, t.start, t.end, named[0].subject, near=True)
            ):
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if not (nxt is not None and self._gap_ok(norm, t, nxt) and self._upper(nd, nxt)):
                    form = named[0]
                    out.append(
                        Occ(
                            form.subject,
                            t.start,
                            t.end,
                            "first_role",
                            BASE_SCORE["first_role"],
                            f"“{form.display}” by first name, with their job beside it",
                            form,
                        )
                    )
        return out

    def _likeliest(self, norm: str, t: Tok, key: str, named: list[PersonForm]) -> list[PersonForm]:
        """Of the staff a first name or nickname could be, the only one whose job is beside it,
        else the one whose first name it is most like by a clear margin; else none."""
        placed = [f for f in named if self._first_role(norm, t.start, t.end, f.subject, near=True)]
        if len({f.subject for f in placed}) == 1:
            return placed
        likeness = sorted(((fuzz.ratio(key, f.first), f) for f in named), key=lambda x: -x[0])
        if len(likeness) > 1 and likeness[0][0] - likeness[1][0] >= NICK_MARGIN:
            return [likeness[0][1]]
        return []

    @staticmethod
    def _old_and_new_name(occs: list[Occ]) -> bool:
        """Both a listed alias with another surname (a maiden name) and the name as listed,
        close together. A bare surname is not in ``strong``, so ``occs`` is the group."""
        named = [o for o in occs if o.person is not None and o.variant not in WEAK_FORMS]
        return any(
            a.person is not None
            and b.person is not None
            and a.person.is_alias
            and a.variant != "surname"
            and not b.person.is_alias
            and a.person.surname != b.person.surname
            # the new surname alone only right beside the old name: "Farhana Malik (Ahmed now)"
            and abs(a.start - b.start) <= (40 if b.variant == "surname" else OLD_NEW_NAME_REACH)
            for a in named
            for b in named
        )

    def _lower_title_first(self, nd: Normalised, toks: list[Tok], i: int) -> bool:
        """ "miss jo is a witch", "mr yusuf gave us extra time": pupils' comments, written
        all in lower case, address a teacher by title and first name. The title must be
        written lower case too, and "miss" not be the verb ("i miss jo so much")."""
        prev = toks[i - 1]
        if prev.key not in LOWER_FIRST_TITLES or self._upper(nd, prev):
            return False
        return not (prev.key == "miss" and i > 1 and toks[i - 2].key in MISS_VERB_BEFORE)

    def _title_mac(self, nd: Normalised, toks: list[Tok], i: int) -> Occ | None:
        """ "Mrs Mac got me through year 10": what pupils call a teacher whose surname begins
        Mc or Mac, when one member of staff has such a surname and the title fits them."""
        prev, t = toks[i - 1], toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev.key not in INITIAL_TITLES or not self._gap_ok(nd.norm, prev, t):
            return None
        if nxt is not None and self._gap_ok(nd.norm, t, nxt) and self._upper(nd, nxt):
            return None  # "Mr Mac Donald", "Mrs Mc Allister": a surname written apart
        if len(self._mac_forms) != 1:
            return None
        form = self._mac_forms[0]
        if self._wrong_title(toks, i, form.subject):
            return None
        return Occ(
            form.subject,
            prev.start,
            t.end,
            "title_initial",
            BASE_SCORE["title_initial"],
            f"“{form.display}” as “{display_case(prev.key)} Mac”, for a Mc or Mac surname",
            form,
        )

    def _title_initial(self, nd: Normalised, toks: list[Tok], i: int) -> Occ | None:
        """ "Miss Q made a slideshow", "Mrs M-D rules by fear", "Liz M-D": a title (or, before
        a double-barrelled surname's initials, a first name or nickname) and the surname
        initial(s) only one member of staff has, of a title that fits them. Weak: the page
        must name the school (see ``_decide``)."""
        norm, t, nxt = nd.norm, toks[i], toks[i + 1]
        titled = t.key in INITIAL_TITLES
        if not (len(nxt.key) == 1 or (len(nxt.key) == 2 and titled)) or norm[
            t.end : nxt.start
        ] not in ((" ", ". ") if titled else (" ",)):
            return None
        initials, end = nxt.key, nxt.end
        if (
            titled
            and initials == "o"
            and i + 2 < len(toks)
            and len(toks[i + 2].key) == 1
            and norm[end : toks[i + 2].start] in ("'", "’")
        ):
            # "Miss O'D", "Mrs O'B": an O' surname's first letter after the O'
            initials, end = f"o'{toks[i + 2].key}", toks[i + 2].end
        elif (
            i + 2 < len(toks) and len(toks[i + 2].key) == 1 and norm[end : toks[i + 2].start] == "-"
        ):
            initials, end = f"{initials}-{toks[i + 2].key}", toks[i + 2].end
        elif len(initials) == 2 and titled:
            # "Mrs CB": a double-barrelled surname's initials run together, in capitals
            if not nd.original[nd.to_orig(nxt.start) : nd.to_orig(nxt.end, end=True)].isupper():
                return None
            initials = f"{initials[0]}-{initials[1]}"
        subject = self._initials.get(initials)
        if subject is None and titled:
            subject = self._shared_initial(norm, initials, t.key, t.start, end)
        if subject is None or (norm[end : end + 1].isalnum() or norm[end : end + 1] in "'’-"):
            return None
        if not titled and not (
            "-" in initials
            and any(
                f.subject == subject
                for f in (*self.idx.by_first.get(t.key, ()), *self.idx.by_nick.get(t.key, ()))
            )
        ):
            return None
        said = TITLE_GENDER.get(t.key)
        if said is not None and self._gender.get(subject, said) != said:
            return None
        # a capital, as pupils write it ("miss a lesson" is a verb), and no surname after it
        # ("Mrs J Thornhill", "Mr P. Okeke")
        orig = nd.original
        # (an O' initial is a name however it is written: "miss o'd")
        upper = orig[nd.to_orig(nxt.start)].isupper() or initials.startswith("o'")
        if not upper or AFTER_INITIAL.match(orig, nd.to_orig(end, end=True)):
            return None
        return Occ(
            subject,
            t.start,
            end,
            "title_initial",
            BASE_SCORE["title_initial"],
            f"“{self.idx.staff_display[subject]}” by title and surname initial",
        )

    def _paired_initials(self, nd: Normalised, toks: list[Tok], i: int) -> Occ | None:
        """ "P-G wants it on every book by Christmas": the capital initials of a double-barrelled
        surname, joined by a hyphen, alone, that only one member of staff has. Weak: the page
        must name the school. After a title or a first name, :meth:`_title_initial` has it."""
        norm, t, nxt = nd.norm, toks[i], toks[i + 1]
        if norm[t.end : nxt.start] != "-" or (
            i + 2 < len(toks) and norm[nxt.end : toks[i + 2].start] == "-"
        ):
            return None
        subject = self._initials.get(f"{t.key}-{nxt.key}")
        if subject is None or norm[nxt.end : nxt.end + 1].isalnum():
            return None
        if GRADE_BEFORE.search(norm, max(0, t.start - 30), t.start) or GRADE_AFTER.match(
            norm, nxt.end
        ):
            return None  # "grades A-C", "predicted A-B in maths": a range of grades
        orig = nd.original
        a, b = nd.to_orig(t.start), nd.to_orig(nxt.start)
        if not (orig[a].isupper() and orig[b].isupper()) or orig[a - 1 : a].isalnum():
            return None
        if (
            i > 0
            and norm[toks[i - 1].end : t.start] in (" ", ". ")
            and self._upper(nd, toks[i - 1])
            # (but "K A-P": their own first initial before it)
            and toks[i - 1].key != fold(self.idx.staff_display[subject])[:1]
        ):
            return None  # "Mrs P-G", "Liz M-D" (the title-initial form), "Tom M-D" (not ours)
        return Occ(
            subject,
            t.start,
            nxt.end,
            "surname_initials",
            BASE_SCORE["surname_initials"],
            f"“{self.idx.staff_display[subject]}” by the initials of their surname",
        )

    def _shared_initial(
        self, norm: str, initials: str, title: str, start: int, end: int
    ) -> str | None:
        """The one member of staff sharing surname initial(s) ``initials`` that a title and
        initial can be: the only one of the title's gender ("Mr M" when the other M is a
        Mrs), or the only one whose own job is named in the same sentence ("Mr M … in maths"
        for the head of maths, not the head of Year 9)."""
        owners = self._initial_owners.get(initials, ())
        said = TITLE_GENDER.get(title)
        if said is not None:
            owners = tuple(s for s in owners if self._gender.get(s, said) == said)
        if len(owners) > 1:
            lo, hi = concern.sentence_span(norm, start)
            words = set(WORD.findall(norm, lo, start)) | set(WORD.findall(norm, end, hi))
            jobs = {s: self._role_words.get(s, frozenset()) for s in owners}
            owners = tuple(
                s
                for s in owners
                if any(
                    w in words and len(w) >= 4 and not any(w in jobs[o] for o in owners if o != s)
                    for w in jobs[s]
                )
            )
        return owners[0] if len(owners) == 1 else None

    def _paired_with_colleague(self, nd: Normalised, o: Occ) -> bool:
        """Is the surname at ``o`` joined by "and" or "&" to another member of staff's
        capitalised surname, only one person's ("Evans and O'Sullivan")?"""
        norm = nd.norm
        after = PAIR_AFTER.match(norm, o.end)
        before = PAIR_BEFORE.search(norm, max(0, o.start - 30), o.start)
        for m in (after, before):
            if m is None:
                continue
            owners = self.surname_owners.get(" ".join(WORD.findall(m.group(1))), ())
            if (
                len(owners) == 1
                and o.subject not in owners
                and nd.original[nd.to_orig(m.start(1))].isupper()
            ):
                return True
        return False

    def _sole_owner(self, o: Occ) -> bool:
        """Is ``o`` a form of a surname that only one watched person has?"""
        return (
            o.person is not None
            and len(self.surname_owners.get(" ".join(o.person.surname), ())) == 1
        )

    def _disguised_own(self, nd: Normalised, o: Occ) -> bool:
        """A name written in disguise ("mr p.e.n.r.o.s.e", "mrs n*ncarrow", "MrsHocking") whose
        surname only one watched person has: written to get past a filter, about someone the
        writer knows."""
        # (a tag's occurrence has no form: the listed name's surname stands in)
        surname = (
            " ".join(o.person.surname) if o.person is not None else self._listed_surname[o.subject]
        )
        return (
            o.variant not in WEAK_FORMS
            and len(self.surname_owners.get(surname, ())) == 1
            and self._deliberate(nd, o)
        )

    def _nickname_alias(self, o: Occ) -> bool:
        """A listed alias that is what people call the person ("Aunty Parveen", "Coach Abdi",
        "Mr Yusuf", "Pilko"), not another full name (a maiden name is someone else's name
        too), a title and surname ("Mrs Raj") or a priest's ("Father Brendan": the parish has
        one)."""
        if o.variant != "alias":
            return False
        if o.person is None:
            return True
        head = o.person.first
        if head in KIN_TITLES or head in ("coach", "nurse", "matron"):
            return True
        first = fold(self.idx.staff_display.get(o.subject, "").split(" ", 1)[0])
        return head in TITLES and " ".join(o.person.surname) == first

    @staticmethod
    def _roster(nd: Normalised, o: Occ) -> bool:
        """Is the initial and surname at ``o`` one of a list of them (a team sheet, a results
        table: "C Devlin; R Kerr, T Hamilton, O Quinn")? Pupils, named so."""
        s, e = nd.span(o.start, o.end)
        lo, hi = max(0, s - ROSTER_REACH), e + ROSTER_REACH
        return len(INITIAL_NAME.findall(nd.original, lo, hi)) >= ROSTER_MIN

    def _names_a_thing(self, nd: Normalised, o: Occ) -> bool:
        """Is the bare surname at ``o`` the name of a business or a place ("Khan's Pharmacy",
        "Pemberton's Garage", "Hussain Road")?"""
        end = o.end + 2 if nd.norm.startswith("'s ", o.end) else o.end
        if FOREIGN.match(nd.norm[end : end + 40]) is None:
            return False
        # "O'Hara's cricket lot", "Firth's rugby team": a teacher's own, in lower case;
        # "Firth's Cricket Club" is the club's name
        return not (
            end > o.end
            and nd.original[nd.to_orig(end + 1)].islower()
            and TEACHERS_THING.match(nd.norm, o.end) is not None
        )

    def _aimed_at(self, nd: Normalised, o: Occ, *, attacks_only: bool = False) -> bool:
        """Is the bare surname at ``o`` a person spoken of ("that Coulson woman", "Harris at
        Thornacombe") or attacked in its sentence ("tell Hussain to watch his back")?"""
        norm = nd.norm
        m = SURNAME_AT.match(norm, o.end)
        if (
            not attacks_only
            and m is not None
            and (m.group(1) in ("school", *self._school_words1) or m.group(2) == "school")
        ):
            return True  # "harris at thornacombe", "Whyte from the special school"
        lo, hi = concern.sentence_span(norm, o.start)
        cues = concern.classify(
            norm[lo:hi],
            staff=True,
            attacks_only=True,
            school_phones=self.school_phones,
            own_domains=self.own_domains,
            localities=self.localities,
        )
        if any(c.category in ATTACKS for c in cues):
            return True
        if len(norm) <= TOPIC_SHORT and concern.grooming(norm, lo, min(len(norm), hi + 300)):
            return True  # "stewart spends an awful lot of time in the girls changing rooms …"
        if attacks_only:
            return False
        # a person ("Kaur's", "that Coulson woman") among school words, not just any Kaur
        person = PERSON_AFTER.match(norm, o.end) or SURNAME_PERSON_BEFORE.search(
            norm, max(0, o.start - 12), o.start
        )
        return person is not None and self._school_words_around(norm, o)

    def _opens_a_title(self, nd: Normalised, o: Occ) -> bool:
        """Is this capitalised surname a word of a title or a name of something else: before a
        capitalised word that is no name of ours ("Young Enterprise", "Will Ye Go Lassie Go")?
        (A lower-case use elsewhere is no sign: posts write names in lower case too.)"""
        _, b = nd.span(o.start, o.end)
        nxt = NEXT_PROPER.match(nd.original[b : b + 40])
        return nxt is not None and fold(nxt.group(1)) not in self.idx.anchors

    def _own_job_before(self, norm: str, start: int, key: str) -> bool:
        """A nickname or cut-short first name in lower case with the person's own job right
        before it ("my brothers TA abdi", "the caretaker tony")."""
        role = self._nick_role.get(key)
        if role is None:
            return False
        m = OWN_JOB_BEFORE.search(norm, max(0, start - 25), start)
        return m is not None and m.group(1) in role

    def _own_job_after(self, norm: str, end: int, key: str) -> bool:
        """A nickname or cut-short first name in lower case with the person's own job right
        after it ("tony the caretaker locks it at 8.30"), as posts write them; not a first
        name in full ("will the caretaker …")."""
        role = self._nick_role.get(key)
        if role is None:
            return False
        m = FIRST_ROLE_AFTER.match(norm, end)
        if m is None or m.group("art") is None:
            return False
        return any(w in role and not w.endswith("ing") for w in m.group(2).split())

    def _first_role(
        self, norm: str, start: int, end: int, subject: str, *, near: bool = False
    ) -> bool:
        if KIN_BEFORE.search(norm, max(0, start - 20), start):
            return False  # "my son Yusuf at Brookfield": a pupil with a teacher's first name
        role = self._role_words.get(subject, frozenset())
        m = FIRST_ROLE_AFTER.match(norm, end)
        if m is not None:
            after = m.group(2).split()
            if m.group("art") is None:
                # "Jurgita, she is teaching assistant", not "Yusuf is learning to swim"
                return any(w in role and not w.endswith("ing") for w in after)
            if any(w in role for w in after) or after[0] in ("school", *self._school_words1):
                return True
            # "Billy from up the college": the school by the word its own name uses
            if after[-1] in SCHOOL_NOUNS and (
                after[-1] == "school" or after[-1] in self._own_words
            ):
                return True
        b = FIRST_ROLE_BEFORE.search(norm, max(0, start - 30), start)
        if b is not None and any(w in role for w in b.group(1).split()):
            return True
        if not near:
            return False
        # a first name alone, its job a few words off in the same clause ("Big Del got the
        # minibus up the lane")
        lo = max(0, start - FIRST_ROLE_REACH)
        hi = end + FIRST_ROLE_REACH
        cut = max(norm.rfind(c, lo, start) for c in ".!?\n")
        lo = max(lo, cut + 1)
        stops = [i for i in (norm.find(c, end, hi) for c in ".!?\n") if i != -1]
        hi = min([hi, *stops])
        return any(
            w.group() in role
            and (len(w.group()) >= 4 or w.group() == self._role_initials.get(subject))
            and not w.group().endswith("ing")
            # "Kasia (not the speech therapist, my sister)"
            and NOT_WORD.search(norm, end if a == end else max(a, w.start() - 12), w.start())
            is None
            for a, b in ((lo, start), (end, hi))
            for w in WORD.finditer(norm, a, b)
        )

    def _other_first(self, nd: Normalised, toks: list[Tok], a: int, form: PersonForm) -> bool:
        """Is the surname at token ``a`` written after someone else's first name ("Dave
        Brown", "Robert Ashdown" for Katherine Ashdown)? A capitalised word that is a first
        name almost only (a name list's "male" or "female": not "Will", "Sam" or "Kit")."""
        if a == 0:
            return False
        p = toks[a - 1]
        gap = nd.norm[p.end : toks[a].start]
        if len(p.key) == 1 and self._upper(nd, p) and gap == ". ":
            # another initial ("M. Hussain", a reviewer, for Imran Hussain)
            return p.key != form.first[:1] and p.key not in {n[:1] for n in form.nicknames}
        return (
            len(p.key) > 1
            and p.key != form.first
            and p.key not in form.nicknames
            # a short form of their own first name ("Femi" for Oluwafemi, "Chris")
            and not (form.first.startswith(p.key) or form.first.endswith(p.key))
            and p.key not in TITLES
            # a space only: "Fine. Paul Clarke lives at …" is two sentences
            and nd.norm[p.end : toks[a].start] in (" ", "  ")
            and self._upper(nd, p)
            and first_name_gender(p.key) is not None
        )

    def _the_other(self, norm: str, o: Occ, others: list[Occ]) -> bool:
        """Is ``o`` (a title and surname, or a bare surname) the namesake the page named in
        full before it ("Mrs Rachel Smith, deputy head at a school in Spalding … Mrs Smith
        said")? Not when its title is of the other sex than the namesake's first name ("Mrs
        Akhtar" after "Nadeem Akhtar"), nor when the page puts the person's own job beside it."""
        if o.variant not in ("title_surname", "surname", "lower_surname", "possessive"):
            return False
        if o.person is None or self._first_role(norm, o.start, o.end, o.subject):
            return False
        said = TITLE_GENDER.get(norm[o.start : o.end].split(" ", 1)[0].rstrip("."))
        for x in others:
            if x.start >= o.start or x.person is None or x.person.surname != o.person.surname:
                continue
            gender = first_name_gender(x.detail)
            if said is None or gender is None or gender == said:
                return True
        return False

    def _wrong_title(self, toks: list[Tok], a: int, subject: str) -> bool:
        """Is the word before token ``a`` a title of the other sex than this person's first
        name ("Mr Ashdown" for Katherine Ashdown)? Unknown names never are."""
        if a == 0:
            return False
        said = TITLE_GENDER.get(toks[a - 1].key)
        return said is not None and self._gender.get(subject, said) != said

    @staticmethod
    def _middle_first(toks: list[Tok], a: int, form: PersonForm) -> bool:
        """Do the first and middle names stand before the surname at token ``a``?"""
        n = len(form.middle)
        if a < n + 1:
            return False
        return [t.key for t in toks[a - n - 1 : a]] == [form.first, *form.middle]

    def _person_before(
        self, nd: Normalised, toks: list[Tok], a: int, b: int, form: PersonForm
    ) -> Occ:
        """Classify what precedes a surname found at tokens[a..b]."""
        norm = nd.norm
        sur = toks[a : b + 1]
        obf = any(x.obf for x in sur)
        start = sur[0].start
        variant, detail = "surname", f"“{form.display}” by surname"
        if a > 0 and self._gap_ok(norm, toks[a - 1], toks[a]):
            p = toks[a - 1]
            p2 = toks[a - 2] if a > 1 and self._gap_ok(norm, toks[a - 2], p) else None
            if p.key == form.first:
                variant, start = ("alias" if form.is_alias else "exact"), p.start
                obf = obf or p.obf
                if p2 is not None and p2.key in TITLES:
                    start = p2.start
            elif len(p.key) == 1 and p2 is not None and p2.key == form.first:
                variant, start = ("alias" if form.is_alias else "exact"), p2.start
            elif form.middle and p.key == form.middle[-1] and self._middle_first(toks, a, form):
                # "Mary Ann Smith", written in full as the watchlist has it
                variant = "alias" if form.is_alias else "exact"
                start = toks[a - 1 - len(form.middle)].start
            elif p.key in form.nicknames or (p.key in form.clips and self._upper(nd, p)):
                variant, start = "nickname", p.start
                detail = f"“{display_case(p.key)}” as a nickname of {display_case(form.first)}"
            elif p.key in TITLES and (
                "." not in norm[p.end : toks[a].start] or p.key in ABBREVIATED_TITLES
            ):
                # "Mr. Khan", but "Thank you, sir. Khan …" ends a sentence
                variant, start = "title_surname", p.start
            elif len(p.key) == 1 and p.key == form.first[0] and self._upper(nd, p):
                variant, start = "initial_surname", p.start
            elif (
                len(p.key) >= 4
                and typo_budget(form.first)
                and OSA.distance(p.key, form.first) <= typo_budget(form.first)
            ):
                variant, start = "typo", p.start
                detail = f"“{form.display}” with the first name misspelt"
        if variant == "surname" and b + 1 < len(toks):
            nxt = toks[b + 1]
            # "Smith, Jane" or a register's "SMITH Jane"; not "Will James be there?"
            if (
                nxt.key == form.first
                and self._gap_ok(norm, sur[-1], nxt, comma=True)
                and (
                    "," in norm[sur[-1].end : nxt.start]
                    or nd.original[nd.to_orig(sur[0].start) : nd.to_orig(sur[-1].end, end=True)]
                    .replace("-", "")
                    .isupper()
                )
            ):
                return Occ(
                    form.subject,
                    start,
                    nxt.end,
                    "exact",
                    BASE_SCORE["exact"],
                    f"“{form.display}” written surname first",
                    form,
                )
        end = sur[-1].end
        if variant == "surname" and b + 1 < len(toks):
            nxt = toks[b + 1]
            if nxt.key in TITLES_AFTER and norm[sur[-1].end : nxt.start] == " ":
                # "ahmed sir catches u", "Mistry madam": a title, written after
                variant, end = "title_surname", nxt.end
        if variant == "surname" and not (obf or self._upper(nd, sur[0])):
            variant = "lower_surname"  # a lower-case word that happens to be a surname
        if obf and variant != "lower_surname":
            variant = "obfuscated" if variant != "surname" else "surname"
        first_tok = next(x for x in toks if x.start == start)
        if first_tok.prefix and variant not in ("surname", "lower_surname"):
            variant = "hashtag" if first_tok.prefix == "#" else "handle"
        if variant in ("exact", "alias") and detail.endswith("by surname"):
            detail = f"“{form.display}”"
        elif variant in ("title_surname", "initial_surname", "obfuscated"):
            detail = f"“{form.display}” as {VARIANT_WORDS[variant]}"
        score = BASE_SCORE.get(variant, 0.0)
        if variant == "typo":
            score = round(
                0.55
                + 0.4
                * fuzz.ratio(norm[start : sur[-1].end], " ".join((form.first, *form.surname)))
                / 100,
                3,
            )
        return Occ(form.subject, start, end, variant, score, detail, form)

    # ------------------------------------------------------------------ 3–4. decide, judge

    @staticmethod
    def _staff_at(norm: str, o: Occ, occs: list[Occ]) -> bool:
        """A watched member of staff right before the short name ("Gareth Jones at
        Kingsmead", "Mrs Okafor from Ashford", "Khan at Thornbank"): the school they work at.
        A capitalised surname alone is enough here: each of the two weak names vouches for
        the other only in this tight pattern."""
        for x in occs:
            if (
                x.subject != "school"
                and x.variant != "lower_surname"
                and 0 <= o.start - x.end <= 28
                and (
                    STAFF_AT.fullmatch(norm, x.end, o.start)
                    # "Miss Jo at St Botolph's" (whose short name is "Botolph's"); not a bare
                    # "Hall at St Botolph's", which is as likely the church hall
                    or (
                        x.variant not in ("surname_only", "surname")
                        and STAFF_AT_SAINT.fullmatch(norm, x.end, o.start) is not None
                    )
                )
            ):
                return True
        return False

    def _excluded_spans(self, norm: str) -> list[tuple[int, int]]:
        spans = []
        for ex in self.excludes:
            i = norm.find(ex)
            while i != -1:
                spans.append((i, i + len(ex)))
                i = norm.find(ex, i + 1)
        return spans

    def _locality_spans(self, norm: str) -> list[tuple[int, int]]:
        return [(i, i + len(loc)) for loc in self.localities for i in _find_all(norm, loc)]

    def _foreign(self, nd: Normalised, end: int, *, school_type: bool = False) -> bool:
        """Does the name run on into another place or organisation ("Springfield Gazette",
        "Springfield, Illinois", "Springfield Center mall")? ``school_type``: the name ends
        in "College", "School" …, so "chapel" or "rugby" after it is the school's own."""
        if (FOREIGN_PLACE if school_type else FOREIGN).match(nd.norm[end : end + 40]):
            return True
        if self._church_elsewhere(nd.norm, end):
            return True
        o = nd.to_orig(end, end=True)
        m = NEXT_PROPER.match(nd.original[o : o + 40])
        if m is None:
            return False
        word = m.group(1)
        if self._staff_name_at(nd.original, o + m.end(1), fold(word)):
            return False  # "VP at Lisgarvan Rab Stewart …", "at Kingsmead Mrs Jones said"
        return (
            fold(word) not in self.idx.school_generic_tail
            and word not in SCHOOL_TAIL_OK
            and not (school_type and word in SCHOOL_PART_AFTER)
            and fold(word) not in SCHOOLISH
        )

    @staticmethod
    def _common_noun(nd: Normalised, i: int) -> bool:
        """Is the school's one-word name, an everyday word too, written as one: in lower case
        after "a" or a possessive ("a kestrel hovering", "his kestrel")? Nobody writes the
        school so. (Not after "the": "the ravensmoor science teacher" is the school's.)"""
        return (
            nd.original[nd.to_orig(i)].islower()
            and COMMON_NOUN_BEFORE.search(nd.norm, max(0, i - 8), i) is not None
        )

    def _everyday_page(self, nd: Normalised, word: str, o: Occ) -> bool:
        """Does the page use the school's one-word name as the everyday word ("a kestrel
        hovering"), with no school words by ``o``? Then its bare name there is the word."""
        # (in lower case, or capitalised only as a line's or sentence's first word: "Harbour
        # plan approved", "Harbour redevelopment megathread")
        lower = nd.original[nd.to_orig(o.start)].islower() or _opens_sentence(nd.norm, o.start)
        return any(
            self._common_noun(nd, i) or (lower and self._the_common_noun(nd, i, i + len(word)))
            for i in _find_all(nd.norm, word)
        ) and not _school_words_by(nd.norm, o)

    @staticmethod
    def _the_common_noun(nd: Normalised, i: int, j: int) -> bool:
        """Is the school's one-word name at ``i``..``j``, an everyday word ("harbour"), written
        in lower case after "the", with no school word after it ("by the harbour wall", "the
        harvest festival")? (A coined name is not: "the ravensmoor gates", "the tvcc office".)"""
        norm = nd.norm
        return (
            THE_BEFORE.search(norm, max(0, i - 4), i) is not None
            and nd.original[nd.to_orig(i)].islower()
            and not (SCHOOL_NOUN_AFTER.match(norm, j) or SCHOOL_PEOPLE_AFTER.match(norm, j))
            and everyday_word(norm[i:j])
        )

    def _staff_name_at(self, original: str, after: int, word: str) -> bool:
        """Does ``word``, a title, first name or nickname ending at ``after``, open the name
        of one of our staff (its next word one of their surnames)? Then the word before it
        ends there."""
        idx = self.idx
        if word not in TITLES and word not in idx.by_first and word not in idx.by_nick:
            return False
        nxt = NEXT_PROPER.match(original[after : after + 40])
        return nxt is not None and fold(nxt.group(1)) in idx.by_surname_last

    def _names_org(self, nd: Normalised, word: str) -> bool:
        """Does the page name something else after the word ("Cwm Derwen Care Home"), which
        is then what its people are "at"?"""
        norm = nd.norm
        return any(
            self._foreign(nd, i + len(word)) or LOCAL_ORG.match(norm, i + len(word) + 1)
            for i in _find_all(norm, word)
        )

    def _acronym_not_ours(self, nd: Normalised, o: Occ) -> bool:
        """Is this the school's acronym written as a name ("Tia", "Sps": an acronym is all
        capitals, or all lower case in a post) or as a firm's name ("SPS Logistics", "BRH
        Plumbing & Heating")?"""
        key = nd.norm[o.start : o.end]
        if key not in self._acronym_keys:
            return False
        a, b = nd.span(o.start, o.end)
        written = nd.original[a:b]
        if written[:1].isupper() and written[1:].islower():
            return True
        # (on a page that names the firm, its bare acronym is the firm's: "BRH also do
        # bathrooms")
        return self._acronym_firms[key].search(nd.original) is not None

    def _acronyms_elsewhere(self, norm: str, occs: list[Occ]) -> set[str]:
        """The school's acronyms that this page spells out as another body's name ("St Kenna
        PCC … the parochial church council"): there, the acronym is theirs."""
        found = set()
        for o in occs:
            key = norm[o.start : o.end].lstrip("#@")
            rx = self._spelt_out.get(key)
            if o.subject != "school" or rx is None or key in found:
                continue
            for m in rx.finditer(norm):
                if not set(WORD.findall(m.group())) <= self._own_words:
                    found.add(key)
                    break
        return found

    def _someone_else(self, norm: str, o: Occ) -> bool:
        """A name introduced by a job that is not a school's ("Conductor Gareth Jones",
        "Registered manager Siân Davies", "Wing Gareth Jones") or by a clergy title when the
        watched person is not clergy ("Revd Smith" for the bursar): a namesake, unless the
        watched person's own role has that word."""
        role = self.idx.staff_role.get(o.subject, "").lower()
        head = norm[o.start : o.end].split(" ", 1)[0].rstrip(".")
        if head in CLERGY_TITLES and not CLERGY_ROLE.search(role):
            return True
        if o.variant in ("surname", "lower_surname") and BYLINE_BEFORE.search(
            norm, max(0, o.start - 30), o.start
        ):
            return True  # "By Sam Rowe": the reporter's byline
        # "Billy Rowe, 84", "Sarah Rowe (12)": a pensioner or a child, not a member of staff
        age = AGE_AFTER.match(norm, o.end)
        if age is not None and not MIN_STAFF_AGE <= int(age.group(1)) <= MAX_STAFF_AGE:
            return True
        m = OTHER_ROLE_BEFORE.search(norm, max(0, o.start - 25), o.start)
        if m is not None and m.group(1) not in role:
            return True
        if FIRM_AFTER_FOLDED.match(norm, o.end):
            return True  # "Keith Addyman Plumbing & Heating": a firm named after its owner
        # "Craig Mulgrew, the groom, is a vet in Montrose", "Robert Stewart, a Presbyterian
        # merchant", "Hannah Lister (Sheffield Harriers)": someone else's job or club
        # a death notice: "CLARKE, Robert William (Bob). Passed away peacefully …, aged 84"
        notice = norm[o.end : o.end + DEATH_NOTICE_REACH]
        if ("aged " in notice or "forever " in notice) and DEATH_NOTICE.search(notice):
            aged = NOTICE_AGE.search(notice)
            if aged is not None and not MIN_STAFF_AGE <= int(aged.group(1)) <= MAX_STAFF_AGE:
                return True
        if "school" in norm[max(0, o.start - 60) : o.start] and OTHER_SCHOOL_BEFORE.search(
            norm, max(0, o.start - 60), o.start
        ):
            return True  # "Her school's principal teacher of maths, Ashleigh Quinn": theirs
        m = OTHER_ROLE_AFTER.match(norm, o.end)
        job = next((g for g in m.groups() if g), "") if m is not None else ""
        if (
            m is not None
            and not any(w in role for w in job.split())
            # "Mr Baker the baker": a pun on their own name, not a job
            and not (o.person is not None and job in o.person.surname)
        ):
            return True
        # "New principal Mrs Campbell" when our principal is someone else: another school's
        lead = LEAD_ROLE_BEFORE.search(norm, max(0, o.start - 30), o.start)
        if lead is None:
            return False
        before = norm[max(0, lead.start() - 20) : lead.start()].rstrip().rsplit(" ", 1)[-1]
        if lead.group(1) == "head" and (
            before in DEPARTMENT_WORDS or before in self._role_words.get(o.subject, ())
        ):
            return False  # "the maths head, Mr Hussain": a department's head, perhaps theirs
        if before in ("acting", "interim"):
            return False  # "Acting head Declan O'Mahony": the deputy standing in
        holders = self._post_holders.get(_lead_post(lead.group(1)), set())
        return bool(holders) and o.subject not in holders

    def _other_body_after(self, norm: str, end: int) -> bool:
        """Does the school's short name, ending at ``end``, name another school, a club or a
        church ("Lisgarvan Primary", "Lisgarvan Gaels", "… Presbyterian Church")?"""
        typed = SCHOOL_TYPE_AFTER.match(norm, end)
        return bool(typed and self._other_type(typed.group())) or bool(
            NAMESAKE_ORG.match(norm, end)
        )

    def _church_elsewhere(self, norm: str, end: int) -> bool:
        """Is the name followed by a church school's ("… C of E Primary School") when ours
        is not one: another school named after the place?"""
        return (
            not self._church_school and DENOMINATION_SCHOOL.match(norm[end : end + 60]) is not None
        )

    def _other_type(self, words_after: str) -> bool:
        """Is this school type not one our school's names use ("primary" after the short
        name of an academy)? "School" alone fits any school."""
        kind = words_after.strip(" \t-").split()[0]
        return kind in SPECIFIC_TYPES and kind not in self._own_words

    def _elsewhere(self, nd: Normalised, end: int) -> bool:
        """Is this mention of the area another place ("Springfield, Illinois", "Springfield
        Hospital")? A local group or paper named after the area ("Aberderwen Uncensored",
        "Springfield Gazette") is in the area, so a following name does not make it foreign."""
        if FOREIGN.match(nd.norm[end : end + 40]) is not None:
            return True
        # another school of the area ("Tanhouse Primary School"): its staff are not ours
        # (our own name is found as the school, never as a mention of the area)
        return AREA_SCHOOL.match(nd.norm, end) is not None

    def _foreign_before(self, norm: str, o: Occ) -> bool:
        return self._foreign_before_at(norm, o.start, o.end)

    def _foreign_before_at(self, norm: str, start: int, end: int) -> bool:
        """A person's nickname ("Mr Cwm Derwen") or another school of the place, its type
        written first ("Ysgol Gynradd Cwm Derwen", the village primary, when ours is "Ysgol
        Gyfun Cwm Derwen")."""
        m = BEFORE_SHORT.search(norm, max(0, start - 30), start)
        if m is None:
            return False
        if m.group("title"):
            return True
        # ours only if the words run on as one of our names do ("Ysgol Bryn Bethel", not
        # "Ysgol Bethel" near Caernarfon)
        phrase = f" {m.group('type')} {norm[start:end]} "
        return not any(phrase in f" {' '.join(f.tokens)} " for f in self.idx.school_forms)

    def _other_org(self, nd: Normalised, end: int) -> bool:
        o = nd.to_orig(end, end=True)
        m = ORG_TAIL.match(nd.original[o : o + 60])
        return m is not None and m.group(1) not in SCHOOL_TAIL_OK

    def _decide(
        self, nd: Normalised, occs: list[Occ], url: str, *, offence: bool = True
    ) -> list[Mention]:
        norm = nd.norm
        excluded = self._excluded_spans(norm)

        def is_excluded(o: Occ) -> bool:
            return any(s < o.end and o.start < e for s, e in excluded)

        kept: list[Occ] = []
        # Surnames of people the page introduces as someone else ("Conductor Gareth Jones"):
        # its later "Mr Jones" is the same man.
        namesakes: set[tuple[str, ...]] = set()
        others: list[Occ] = []  # someone else of a watched surname, named in full
        school_ref = ""
        org_named = False
        # Another school of the same name on the page ("Kingsmead Primary (Leicester)"): its
        # school words are not evidence that a bare "Kingsmead" is ours.
        other_school = any(
            o.subject == "school"
            and (
                (t := SCHOOL_TYPE_AFTER.match(norm, o.end)) is not None
                and self._other_type(t.group())
                # (or its type written first, in Welsh: "Ysgol Bethel, near Caernarfon")
                or o.variant in ("alias", "short_name")
                and " " not in norm[o.start : o.end]
                and self._foreign_before(norm, o)
            )
            for o in occs
        )
        acronyms_elsewhere = self._acronyms_elsewhere(norm, occs)
        # Staff the page itself ties to the school ("Local councillor Niall Mullan, who teaches
        # history at the college"): their other job on the page ("Cllr Mullan said") is theirs.
        # Found only when a name is first read as someone else's (seldom).
        tied: set[str] | None = None
        # Lookalikes the watchlist excludes that this page names ("Thames Ironworks FC"): a
        # name of ours that begins one ("Thames Ironworks", "#ThamesIronworks") is theirs here
        # too, unless school words are by it.
        excluded_here = [sq for ex, sq in self._excludes_squashed if ex in norm]
        for o in occs:
            if is_excluded(o):
                continue
            if (
                o.subject == "school"
                and excluded_here
                and o.variant in ("alias", "hashtag", "handle")
                and any(ex.startswith(_squash(norm[o.start : o.end])) for ex in excluded_here)
                and not _school_words_by(norm, o)
            ):
                continue
            if o.subject == "school" and norm[o.start : o.end].lstrip("#@") in acronyms_elsewhere:
                continue  # "PCC" on a page about the Police and Crime Commissioner
            if o.subject == "school" and self._acronym_not_ours(nd, o):
                continue  # "Tia" the birthday girl, "SPS Logistics are hiring"
            if o.variant == NAMESAKE:
                others.append(o)
                continue
            if o.variant == "initial_surname" and self._roster(nd, o):
                continue  # "C Devlin; R Kerr, T Hamilton, … C Campbell": a team sheet
            if (
                o.variant in ("surname", "lower_surname")
                and norm.startswith("'s ", o.end)
                and self._names_a_thing(nd, o)
            ):
                # "Wilson's Tearoom … Mrs Wilson has run it for thirty years": hers
                others.append(replace(o, variant=NAMESAKE, detail=""))
            if o.subject != "school" and self._someone_else(norm, o):
                if tied is None:
                    tied = self._tied_to_school(norm, occs)
                if o.subject not in tied:
                    if o.person is not None:
                        namesakes.add(o.person.surname)
                    continue
            if (
                o.subject == "school"
                and o.variant in ("alias", "obfuscated")
                and " " not in norm[o.start : o.end]
                and any(
                    p.subject == "school" and p.start <= o.start and o.end < p.end for p in occs
                )
            ):
                continue  # part of the school's longer name, found whole ("Lіsgarvan College")
            if (
                o.subject == "school"
                and o.variant in ("hashtag", "handle")
                and (tag := norm[o.start : o.end].lstrip("#@")) in self.idx.school_short
                and self._everyday_page(nd, tag, o)
            ):
                # "#kestrel" on a page about the bird ("a kestrel hovering … #birding")
                excluded.append((o.start, o.end))
                continue
            if (
                o.subject == "school"
                and o.variant == "alias"
                and norm[o.start : o.end] in self.idx.school_short
            ):
                # The short name listed as an alias counts alone, but not as the name of
                # another school, club or church ("Lisgarvan Primary", "Lisgarvan Gaels").
                if (
                    self._other_body_after(norm, o.end)
                    or LOCAL_ORG.match(norm, o.end + 1)
                    or self._foreign_before(norm, o)
                    or self._common_noun(nd, o.start)
                ):
                    excluded.append((o.start, o.end))
                    continue
                word = norm[o.start : o.end]
                if (
                    self._names_org(nd, word)
                    and (self._foreign(nd, o.end) or not _school_words_by(norm, o))
                ) or self._everyday_page(nd, word, o):
                    # a page about "Ironworks Ocakbaşı" or "Ironworks CrossFit", or about the
                    # bird ("a kestrel hovering … Kestrel all day"): its bare "Ironworks" or
                    # "Kestrel" is theirs, unless school words are by it
                    excluded.append((o.start, o.end))
                    continue
                if any(
                    self._other_body_after(norm, i + len(word))
                    or self._foreign_before_at(norm, i, i + len(word))
                    for i in _find_all(norm, word)
                ):
                    # on a page about the club or the other school, its bare name is theirs
                    # unless school words say otherwise (judged as a short name, below), and
                    # the area's other places do not make it ours (the chapel is there too)
                    o.variant = "short_name"
                    org_named = True
            if o.subject == "school":
                if o.variant == "short_name" or (
                    o.variant == "obfuscated" and " " not in norm[o.start : o.end]
                ):
                    typed = SCHOOL_TYPE_AFTER.match(norm, o.end)
                    if typed and (
                        self._other_type(typed.group()) or self._church_elsewhere(norm, o.end)
                    ):
                        # "Castlegate Primary" when ours is Castlegate Academy: another school
                        excluded.append((o.start, typed.end()))
                        continue
                    if (
                        not typed and (self._foreign(nd, o.end) or LOCAL_ORG.match(norm, o.end + 1))
                    ) or self._foreign_before(norm, o):
                        # nor does it count as a mention of the area ("Mr Cwm Derwen")
                        # ("Fallowmead Rovers" still counts as the area, as it did before
                        # the area's name was the school's too)
                        if norm[o.start : o.end] not in self.idx.school_area_head:
                            excluded.append((o.start, o.end))
                        continue
                    # "Holloway Park" or "Kingsmead" with school words nearby is the school;
                    # a short name that is also the area's ("Springfield", "Cwm Derwen")
                    # needs what only a school has next to it: every page on a local parents'
                    # forum has school words.
                    area = norm[o.start : o.end] in self.localities
                    if not (
                        typed
                        or SCHOOL_NOUN_AFTER.match(norm, o.end)
                        or (not area and SCHOOL_PEOPLE_AFTER.match(norm, o.end))
                        or SCHOOL_PLACE_BEFORE.search(norm, max(0, o.start - 40), o.start)
                        or self._staff_at(norm, o, occs)
                        or (
                            area
                            and AT_BEFORE.search(norm, max(0, o.start - 3), o.start) is not None
                            and AT_END.match(norm, o.end) is not None
                            and _school_words_by(norm, o)
                            and not self._names_org(nd, norm[o.start : o.end])
                        )
                        # nobody disguises a town's name: "Sаllowfield" is aimed at the school
                        or (area and o.variant == "obfuscated")
                        or (
                            area
                            and not other_school
                            and (
                                INSTITUTION_VERB_AFTER.match(norm, o.end) is not None
                                or INSTITUTION_BEFORE.search(norm, max(0, o.start - 14), o.start)
                                is not None
                            )
                            and SCHOOL_WORDS.search(norm, max(0, o.start - 200), o.end + 200)
                            is not None
                            and not self._names_org(nd, norm[o.start : o.end])
                        )
                        # "a large primary in Birmingham (Sallowfield)", "the school (Sallowfield)"
                        or (
                            norm[o.start - 1 : o.start] == "("
                            and norm[o.end : o.end + 1] == ")"
                            and SCHOOL_WORDS.search(norm, max(0, o.start - 60), o.start) is not None
                        )
                        or (not area and not other_school and _school_words_by(norm, o))
                        # a coined name ("Thistlebank", "Wrenfold": no dictionary word, no
                        # place of the area) on a page about a school: "ruined Wrenfold"
                        or (
                            not area
                            and not other_school
                            and o.variant == "short_name"
                            and norm[o.start : o.end] == self._coined_head
                            and SCHOOL_WORDS.search(norm) is not None
                        )
                    ):
                        # The short name alone ("Springfield Parents Talk"): ours only if the
                        # page also names the school, links to its site, or mentions another
                        # place of its area.
                        o.variant = "place"
                    if not typed and any(
                        NAMESAKE_ORG.match(norm, i + o.end - o.start)
                        for i in _find_all(norm, norm[o.start : o.end])
                    ):
                        # a page that names a church, a surgery or a club of that name ("St
                        # Botolph's Church", "St Botolph's Court"): its bare "St Botolph's" is
                        # theirs unless the page names the school too (the town's other places
                        # do not decide it: the church is in the town too)
                        o.variant = "place"
                        org_named = True
                elif self._other_org(nd, o.end) or (
                    # a tag is whole: "#KestrelSixthForm My son says …" starts a sentence after it
                    o.variant not in ("hashtag", "handle")
                    and self._foreign(
                        nd,
                        o.end,
                        school_type=norm[o.start : o.end].rsplit(" ", 1)[-1] in SCHOOL_TYPE_END,
                    )
                ):
                    continue
                if o.variant != "place" and not school_ref:
                    s, e = nd.span(o.start, o.end)
                    school_ref = f"the page names the school (“{nd.original[s:e]}”)"
            kept.append(o)
        if others:
            kept = [o for o in kept if not self._the_other(norm, o, others)]
        if namesakes:
            kept = [
                o
                for o in kept
                if o.person is None
                or o.person.surname not in namesakes
                or o.variant in WEAK_FORMS
                # "bursar Mr Smith - no relation": introduced by their own job
                or bool(
                    self._role_words.get(o.subject, frozenset())
                    & set(WORD.findall(norm[max(0, o.start - 25) : o.end + 25]))
                )
            ]
        if not school_ref:
            school_ref = self._other_school_ref(nd, url, kept, excluded)
            if school_ref.startswith(AREA_REF) and _other_school_named(nd.original):
                # a page of another school of the area ("Brimleigh Community College … thanks
                # to Mr Harris"): its staff are its own
                school_ref = ""
        # Bare place names count as the school only when the school is otherwise named.
        has_real_school = any(o.subject == "school" and o.variant != "place" for o in kept)
        vouched = False  # made the school's by a member of staff named with it
        if not has_real_school and any(o.subject == "school" for o in kept):
            places = [(o.start, o.end) for o in kept if o.subject == "school"]
            # A short name that is itself the area's ("Sallowfield & Tanhouse noticeboard")
            # is not made the school's by the area's other places.
            area_name = all(norm[s:e] in self.localities for s, e in places)
            vouched = not self._area_or_site(
                nd, url, places, excluded, site_only=area_name or org_named
            )
            has_real_school = not vouched or (
                # a member of staff whose name is distinctive, named in full or with a title,
                # makes the short name the school's, unless the watchlist lists that word
                # as the area's name too ("parents in and around Springfield")
                not area_name
                and any(
                    o.subject != "school"
                    and (self.idx.staff_unique.get(o.subject, False) or len(norm) <= SHORT_PAGE)
                    and o.variant not in WEAK_FORMS
                    and o.variant not in ("surname", "lower_surname", "place")
                    for o in kept
                )
            )
        if not has_real_school:
            kept = [o for o in kept if o.subject != "school"]
        else:
            for o in kept:
                if o.subject == "school" and o.variant == "place":
                    o.variant, o.score = "short_name", BASE_SCORE["short_name"]
            if vouched and (not school_ref or school_ref.startswith(AREA_REF)):
                # the short name made the school's (by a member of staff named with it, or
                # the school's area or site): it names the school for its staff too
                first = min((o for o in kept if o.subject == "school"), key=lambda o: o.start)
                s_, e_ = nd.span(first.start, first.end)
                school_ref = f"the page names the school (“{nd.original[s_:e_]}”)"

        by_subject: dict[str, list[Occ]] = {}
        for o in kept:
            by_subject.setdefault(o.subject, []).append(o)

        staff_spans = [
            (o.start, o.end)
            for o in kept
            if o.subject != "school" and o.variant not in ("surname", "lower_surname")
        ]
        all_spans = [
            (o.subject, o.start, o.end)
            for o in kept
            if o.variant != "place"
            and (
                o.variant != "lower_surname"
                or (
                    school_ref
                    and o.person is not None
                    and o.person.surname[-1] in self._unique_surnames
                )
            )
        ]
        area_only = school_ref.startswith(AREA_REF)
        mentions: list[Mention] = []
        # Staff first: when the page attacks or criticises a member of staff, the school is
        # judged only on what is said of the institution itself (see ``_judge``).
        order = sorted(by_subject.items(), key=lambda kv: kv[0] == "school")
        staff_judged = False
        places = self._locality_spans(norm)  # a distinctive surname inside one is a place
        for subject, group in order:
            if subject == "school":
                staff_judged = any(m.categories != (Category.NEUTRAL,) for m in mentions)
            if subject != "school":
                group = [
                    o
                    for o in group
                    if o.variant not in ("surname", "lower_surname")
                    or not self._names_a_thing(nd, o)
                ]
                strong = [o for o in group if o.variant not in ("surname", "lower_surname")]
                unique = self.idx.staff_unique.get(subject, False)
                placed = False  # made ours by what is said of them, not by the school's name
                if unique and all(o.variant in WEAK_FORMS for o in strong):
                    # A distinctive surname, capitalised, names the person on its own: the
                    # surname of their name as listed (an alias's, "Rebecca Lane" for
                    # "Rebecca Ashworth-Lane", may be an ordinary word), never part of a
                    # place of the school's area ("Coldharbour Lane").
                    # In lower case ("dlamini at ravensmoor") only when the page names the
                    # school: social posts rarely capitalise.
                    strong += _surname_only(
                        group,
                        lambda o: (
                            (
                                o.variant == "surname"
                                or (o.variant == "lower_surname" and bool(school_ref))
                            )
                            and not any(a <= o.start < b for a, b in places)
                        ),
                        "the name is marked distinctive",
                    )
                if all(o.variant in WEAK_FORMS for o in strong):
                    # A double-barrelled surname written whole ("good. Ashworth-Pryce should
                    # be terrified") is as distinctive, among school words or on a page that
                    # names the school.
                    strong += _surname_only(
                        group,
                        lambda o: (
                            o.variant == "surname"
                            # with its hyphen, a dash or a space ("Since Dunmore Pike come in")
                            and ("-" in norm[o.start : o.end] or " " in norm[o.start : o.end])
                            and self._sole_owner(o)
                            and (bool(school_ref) or self._schoolish(norm, o))
                            and not any(a <= o.start < b for a, b in places)
                        ),
                        "a double-barrelled surname written whole",
                    )
                    placed = any(o.variant == "surname_only" for o in strong)
                if not strong and school_ref:
                    # "the deputy head, Brennan", "Chowdhury the maths teacher": a capitalised
                    # surname next to a staff role, on a page that names the school.
                    strong = _surname_only(
                        group,
                        lambda o: (
                            o.variant == "surname"
                            and (
                                ROLE_NEAR.search(norm, max(0, o.start - 30), o.end + 30) is not None
                                # their own job ("that speech therapist Kowalczyk", "Murphy
                                # in PE")
                                or bool(
                                    self._role_words.get(o.subject, frozenset())
                                    & set(WORD.findall(norm[max(0, o.start - 30) : o.start]))
                                )
                                or (
                                    (job := JOB_AFTER.match(norm, o.end)) is not None
                                    and job.group(1) in self._role_words.get(o.subject, ())
                                )
                            )
                        ),
                        "next to a staff role",
                    )
                if not strong and school_ref:
                    # "Chaudhry's maths room", "hussain's detentions", "O'Driscoll's 'buddy'
                    # system": a teacher's own lessons, room or rules, on a page that names the
                    # school.
                    strong = _surname_only(
                        group,
                        lambda o: (
                            o.variant in ("surname", "lower_surname")
                            and self._sole_owner(o)
                            and TEACHERS_THING.match(norm, o.end) is not None
                        ),
                        TEACHERS_THING_RULE,
                    )
                if not strong and school_ref and not area_only:
                    # "Hocking just rolls over every time", "Garbutt wouldn't even see me",
                    # "walker covered up my son's bullying": a surname only one of the staff
                    # has, doing what only a person does, on a page that names the school.
                    strong = _surname_only(
                        group,
                        lambda o: (
                            self._sole_owner(o)
                            # in lower case only opening a post or line ("walker covered up")
                            and (o.variant == "surname" or _opens_line(norm, o.start))
                            and PERSON_VERB_AFTER.match(norm, o.end) is not None
                            # "Kyle Brown gave the Belgate side an early lead"
                            and not CAPITAL_WORD_BEFORE.search(
                                nd.original, max(0, nd.to_orig(o.start) - 30), nd.to_orig(o.start)
                            )
                        ),
                        "doing what a person does, on a page that names the school",
                    )
                if not strong and school_ref:
                    # "Evans and O'Sullivan are having it off", "Panel was O'Connor and Lowe":
                    # two capitalised surnames of the staff, each only one person's, paired
                    strong = _surname_only(
                        group,
                        lambda o: (
                            o.variant == "surname"
                            and self._sole_owner(o)
                            and self._paired_with_colleague(nd, o)
                        ),
                        "paired with a colleague's surname, on a page that names the school",
                    )
                if not strong and school_ref:
                    # "someone wants to take that hocking woman out", "thon Brennan boy": a
                    # surname only one of the staff has, called a person, where the school is
                    # named
                    strong = _surname_only(
                        group,
                        lambda o: (
                            o.variant in ("surname", "lower_surname")
                            and self._sole_owner(o)
                            and (WORD.findall(norm, max(0, o.start - 6), o.start) or [""])[-1]
                            in THAT_BEFORE
                            and PERSON_NOUN_AFTER.match(norm, o.end) is not None
                        ),
                        "called a person ('that … woman'), on a page that names the school",
                    )
                if not strong and school_ref and not area_only and len(norm) <= SHORT_PAGE:
                    # A post or review that names the school: a capitalised surname only one
                    # watched person has, among school words, is them ("maths homework on the
                    # app … Evans says 'just keep trying'"; not "Hughes scored twice").
                    strong = _surname_only(
                        group,
                        lambda o: (
                            self._posted_surname(nd, o) and self._school_words_around(norm, o)
                        ),
                        "among school words, on a post that names the school",
                    )
                    if not strong:
                        # ... or in a sentence with the school's own name, not its area's
                        # ("Okafor's a monkey in a lab coat, can't believe they let that near
                        # our weans at St Dallán's"), unless an everyday word or common name
                        # ("Fell club", "Kaur"), another's full name or a handle ("Stacey
                        # Nancarrow", "Kaur_Mum_of_2")
                        strong = _surname_only(
                            group,
                            lambda o: (
                                self._posted_surname(nd, o)
                                and self._in_school_sentence(norm, o, kept)
                                and not everyday_word(norm[o.start : o.end])
                                and not self._in_someone_elses_name(nd, o)
                            ),
                            "in a sentence with the school's name, on a post",
                        )
                if not strong and school_ref:
                    # A surname written in disguise ("C o u l s o n", "h4rd1ng", "Ch*wdhury")
                    # on a page that names the school or its area: nobody disguises a
                    # stranger's name, and these posts are the threats.
                    strong = _surname_only(
                        group,
                        lambda o: self._sole_owner(o) and self._deliberate(nd, o),
                        "written in disguise, on a page that names the school or its area",
                    )
                if not strong and not school_ref:
                    # ... or, where the page names no school, among school words ("so that
                    # h o c k i n g woman has now banned SKIRTS", "Trеvithick is such a knob
                    # for making us row"): pupils and parents disguise a teacher's name to get
                    # past a platform's filter, and only their own teacher's.
                    strong = _surname_only(
                        group,
                        lambda o: (
                            self._sole_owner(o)
                            and self._deliberate(nd, o)
                            and self._schoolish(norm, o)
                        ),
                        "written in disguise, among school words",
                    )
                if not strong and not school_ref and len(norm) <= SHORT_PAGE:
                    # ... or, where the page names no school, attacked in its sentence among
                    # school words ("someone should torch coulsons car … staff car park",
                    # "Pemberton is a f*ggot pushing his agenda on our kids"): the posts a DSL
                    # most needs are written by people who know whom they mean.
                    strong = _surname_only(
                        group,
                        lambda o: (
                            self._sole_owner(o)
                            and self._aimed_at(nd, o, attacks_only=True)
                            and self._schoolish(norm, o)
                        ),
                        "attacked by surname, among school words",
                    )
                    placed = bool(strong)
                if not strong and school_ref and len(norm) <= SHORT_PAGE:
                    # A post that names the school and goes for someone by surname alone, in
                    # any case ("someone should torch coulsons car", "that nowak rat", "harris
                    # at thornacombe"): the posts a DSL most needs are the carelessly written.
                    strong = _surname_only(
                        group,
                        lambda o: self._sole_owner(o) and self._aimed_at(nd, o),
                        "spoken of as a person, on a post that names the school",
                    )
                if not strong and school_ref and len(norm) <= TOPIC_SHORT:
                    # ... and on a short thread, attacked in its sentence ("I know where that
                    # Bondarenko woman parks her car")
                    strong = _surname_only(
                        group,
                        lambda o: self._sole_owner(o) and self._aimed_at(nd, o, attacks_only=True),
                        "attacked by surname, on a short thread that names the school",
                    )
                if not strong:
                    continue
                weak_only = all(o.variant in WEAK_FORMS for o in strong)
                # A double-barrelled surname written whole ("Mrs Jago-Bray", "Elizabeth
                # Marsh-Dunmore") is as distinctive as a name marked unique.
                unique = unique or any(
                    o.person is not None
                    and "-" in o.person.display.rsplit(" ", 1)[-1]
                    and not o.person.is_alias
                    and o.variant in WHOLE_NAME_FORMS
                    and self._sole_owner(o)
                    for o in strong
                )
                if area_only and all(
                    o.variant in ("title_initial", "surname_initials") for o in strong
                ):
                    # "Mrs B" on a page of the area: a reviewer, a neighbour, anyone
                    continue
                if (
                    unique
                    and not school_ref
                    and not area_only
                    and TRADE_FIRM.search(nd.original) is not None
                ):
                    # a tradesman's reviews ("TW Plumbing & Heating … Tomasz Wisniewski came
                    # out on a Sunday"): a distinctive name with nothing of the school, on a
                    # page about a firm, is the firm's man
                    continue
                if (
                    not school_ref
                    and not placed
                    and (not unique or weak_only)
                    # what the watchlist says people call them ("Aunty Parveen", "Pilko"),
                    # among school words: the school in all but name
                    and not any(
                        (self._nickname_alias(o) or self._disguised_own(nd, o))
                        and self._schoolish(norm, o)
                        for o in strong
                    )
                    # a changed name given with the old one ("Miss Malik sorry Mrs Ahmed now",
                    # "Farhana Malik (Ahmed now)"): someone who knows them
                    and not self._old_and_new_name(group)
                    # their name in full with the school spoken of in its sentence by the
                    # word it calls itself ("Niall Mullan, who teaches at the college", "Orla
                    # Hope teaches RE at the fenian school"): the school in all but name,
                    # unless the page is another school's
                    and not (
                        not _other_school_named(nd.original)
                        and any(
                            o.variant == "exact"
                            and o.person is not None
                            and not o.person.is_alias
                            and self._own_school_noun_near(norm, o)
                            for o in strong
                        )
                    )
                    # their title and surname with their own job beside it ("Mrs Ashdown the
                    # registrar", "Mr Harris the head of games"): the school in all but name,
                    # unless the page is another school's
                    and not (
                        not _other_school_named(nd.original)
                        and any(
                            o.variant in ROLE_FORMS
                            and self._first_role(norm, o.start, o.end, o.subject)
                            for o in strong
                        )
                    )
                ):
                    continue
                if (
                    area_only
                    and not unique
                    and not any(self._deliberate(nd, o) for o in strong)
                    and not any(self._schoolish(norm, o) for o in strong)
                ):
                    # Only the area is named: in a valley of Joneses a common name there is
                    # ours only with school words around it ("Gareth Jones, the rugby
                    # player from Aberderwen" is someone else). A disguised spelling or a
                    # listed alias is aimed at our person: strangers are not written so.
                    continue
                group = [o for o in group if o.variant != "lower_surname"]
                group = [o for o in group if o.variant != "surname" or self._sole_owner(o)]
            mentions.append(
                self._judge(nd, subject, group, school_ref, staff_spans, all_spans, staff_judged)
            )
        mentions = [self._under_cons(nd, m, by_subject[m.subject]) for m in mentions]
        # A short post about a teacher's own lessons or rules ("hussain's detentions are
        # longer than my attention span 😭") has them for its topic: its mood is theirs.
        mentions = [
            self._with_complaint(
                m,
                concern.short_post_complaint(
                    nd.norm, nd.original, [(x.start, x.end) for x in mentions], []
                ),
            )
            if m.categories == (Category.NEUTRAL,) and TEACHERS_THING_RULE in m.reason
            else m
            for m in mentions
        ]
        mentions = [self._supported(nd, m, by_subject[m.subject]) for m in mentions]
        school = next((m for m in mentions if m.subject == "school"), None)
        if school is not None and school.categories == (Category.NEUTRAL,):
            aimed_at_staff = any(m.categories != (Category.NEUTRAL,) for m in mentions)
            mentions = [
                self._topic_complaint(nd, m, by_subject["school"], all_spans, aimed_at_staff)
                if m is school
                else m
                for m in mentions
            ]
            # A short post has one topic: the school alone, or the school and a member of
            # staff it complains about. If it reads as negative, the school is criticised.
            school = next(m for m in mentions if m.subject == "school")
            if school.categories == (Category.NEUTRAL,):
                cues = concern.short_post_complaint(
                    nd.norm,
                    nd.original,
                    [(m.start, m.end) for m in mentions],
                    [m.categories for m in mentions if m.subject != "school"],
                )
                mentions = [self._with_complaint(m, cues) if m is school else m for m in mentions]
        # Safeguarding: warning signs of grooming around a member of staff's name are about
        # them (URL only: a child may be involved).
        staff_at = [
            (o.start, o.subject)
            for occs in by_subject.values()
            for o in occs
            if o.subject != "school"
        ]
        if len(nd.norm) <= CHILD_PAGE:
            mentions = [
                self._groomed(nd, m, by_subject[m.subject], staff_at)
                if m.subject != "school" and Category.SEXUAL not in m.categories
                else m
                for m in mentions
            ]
        # A member of staff said to be accused, charged or convicted of a sexual offence
        # against children: the DSL acts now, whoever reports it (URL only: children are
        # involved).
        if offence:
            mentions = [
                self._child_offence(nd, m, by_subject[m.subject], staff_at)
                if m.subject != "school" and Category.SEXUAL not in m.categories
                else m
                for m in mentions
            ]
            # ... and someone the page does not name, at the school: the school's to act on
            school = next((m for m in mentions if m.subject == "school"), None)
            if school is not None and not any(Category.SEXUAL in m.categories for m in mentions):
                # (a member of staff quoted for the school, "the principal, X, said:", is
                # not the one it is about)
                at = [
                    (o.start, o.subject)
                    for occs in by_subject.values()
                    for o in occs
                    if o.subject == "school" or not _speaking(nd.norm, o, occs)
                ]
                mentions = [
                    self._child_offence(nd, m, by_subject["school"], at) if m is school else m
                    for m in mentions
                ]
        # Sexual talk about children anywhere on a post or comment thread that names the
        # school is the school's to act on (URL only), even away from its name; so are signs
        # of grooming by someone the page does not name.
        school = next((m for m in mentions if m.subject == "school"), None)
        if (
            school is not None
            and Category.SEXUAL not in school.categories
            and len(nd.norm) <= CHILD_PAGE
            # a member of staff accused of it: theirs to act on (and URL only already)
            and not any(Category.SEXUAL in m.categories for m in mentions)
        ):
            cue = (
                concern.child_sexual(nd.norm)
                or concern.child_pictures(nd.norm)
                or (
                    concern.grooming(nd.norm, 0, len(nd.norm))
                    if all(m.subject == "school" for m in mentions)
                    else None
                )
            )
            if cue is not None:
                mentions = [
                    self._adding(m, cue, url_only=True) if m is school else m for m in mentions
                ]
        # Slurs in a short thread about the school and nobody on its staff ("St Fergus weans
        # at the bus stop … dirty wee taigs"): aimed at its pupils, so at the school.
        school = next((m for m in mentions if m.subject == "school"), None)
        if (
            school is not None
            and len(mentions) == 1
            and len(nd.norm) <= TOPIC_SHORT
            and not {Category.THREAT, Category.HATE, Category.SEXUAL} & set(school.categories)
            and not self._news_page(nd)
        ):
            cue = concern.thread_hate(nd.norm)
            if cue is not None:
                mentions = [self._adding(school, cue)]
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _under_cons(self, nd: Normalised, m: Mention, occs: list[Occ]) -> Mention:
        """A member of staff named under a review's "Cons" heading is criticised, whatever
        the words ("Cons: Dr Lyle-Fenwick's open door is, in practice, closed")."""
        if m.subject == "school" or m.categories != (Category.NEUTRAL,):
            return m
        norm = nd.norm
        for o in occs:
            heads = list(REVIEW_HEADING.finditer(norm, max(0, o.start - 800), o.start))
            if (
                heads
                and heads[-1].group(1) in CONS_HEADINGS
                # the next review starts after a blank line or the site's buttons
                and REVIEW_END.search(norm, heads[-1].end(), o.start) is None
            ):
                cue = concern.Cue(
                    Category.NEGATIVE,
                    "named under the “Cons” heading of a review",
                    heads[-1].group(0).strip(),
                    0,
                )
                return self._with_complaint(m, [cue])
        return m

    @staticmethod
    def _supported(nd: Normalised, m: Mention, occs: list[Occ]) -> Mention:
        """A campaign for a member of staff ("#JusticeForMrTaylor suspended over … and the
        school won't say a word") complains on their behalf, not about them."""
        if m.subject == "school" or m.categories != (Category.NEGATIVE,):
            return m
        for o in occs:
            # before the name, or at the head of the tag that holds it (#JusticeForMrTaylor)
            hit = SUPPORT_BEFORE.search(nd.norm, max(0, o.start - 24), o.start) or (
                SUPPORT_TAG.match(nd.norm, o.start + (nd.norm[o.start] == "#"), o.end)
            )
            if hit is not None:
                base = m.reason.split(" Negative: ")[0].rstrip()
                return replace(
                    m,
                    categories=(Category.NEUTRAL,),
                    severity=severity_of((Category.NEUTRAL,)),
                    reason=f"{base} Neutral: a campaign in their support (“{hit.group().strip()}”);"
                    " its complaints are on their behalf.",
                )
        return m

    def _with_complaint(self, m: Mention, cues: list[concern.Cue]) -> Mention:
        return self._with_cue(m, cues[0], (cues[0].category,)) if cues else m

    def _groomed(
        self, nd: Normalised, m: Mention, occs: list[Occ], staff_at: list[tuple[int, str]]
    ) -> Mention:
        """``m`` with warning signs of grooming found around the person's name: the whole of a
        short post (one topic), else the stretch of thread before and after the name. Where
        the page names more of the staff, only the one named nearest the signs ("Coach F got
        them for him … 'their secret' … ask Mr K, he's the safeguarding lead")."""
        norm = nd.norm
        if len(norm) <= TOPIC_SHORT:
            lo, hi = 0, len(norm)
        else:
            lo = max(0, min(o.start for o in occs) - GROOMING_BEFORE)
            hi = min(len(norm), max(o.end for o in occs) + GROOMING_AFTER)
        cue = concern.grooming(norm, lo, hi)
        if cue is None or not _nearest(staff_at, cue.pos, m.subject):
            return m
        return self._adding(m, cue, url_only=True)

    def _child_offence(
        self, nd: Normalised, m: Mention, occs: list[Occ], spans: list[tuple[int, str]]
    ) -> Mention:
        """``m`` with a sexual offence against children laid at their door near their name,
        no other subject of ours named nearer to it (for the school: laid at the door of
        someone there whom the page does not name)."""
        norm = nd.norm
        for o in occs:
            if o.subject != "school" and _speaking(norm, o, occs):
                continue  # "the principal, X, said: …": speaking for the school, not accused
            lo = max(0, o.start - OFFENCE_BEFORE)
            reach = SCHOOL_OFFENCE_AFTER if o.subject == "school" else OFFENCE_AFTER
            hi = min(len(norm), o.end + reach)
            cue = concern.child_offence(norm, lo, hi)
            if cue is None:
                continue
            if not _nearest(spans, cue.pos, m.subject):
                continue  # someone else of ours is named nearer: it is about them
            return self._adding(m, cue, url_only=True)
        return m

    def _adding(self, m: Mention, c: concern.Cue, *, url_only: bool = False) -> Mention:
        """``m`` with a page-level cue's category added to what it already has."""
        cats = _ordered({c.category, *m.categories} - {Category.NEUTRAL})
        return self._with_cue(m, c, cats, url_only=url_only)

    @staticmethod
    def _with_cue(
        m: Mention, c: concern.Cue, cats: tuple[Category, ...], *, url_only: bool = False
    ) -> Mention:
        """``m`` judged again from a page-level cue: new categories, the cue in its reason."""
        reason = m.reason.replace(NEUTRAL_REASON, "").rstrip() + (
            f" {c.category.value.capitalize()}: {c.rule} — “{c.words}”."
        )
        if url_only:
            return replace(
                m,
                categories=cats,
                severity=severity_of(cats),
                reason=f"{reason} {URL_ONLY_REASON}",
                url_only=True,
            )
        return replace(m, categories=cats, severity=severity_of(cats), reason=reason)

    def _topic_complaint(
        self,
        nd: Normalised,
        m: Mention,
        occs: list[Occ],
        all_spans: list[tuple[str, int, int]],
        aimed_at_staff: bool,
    ) -> Mention:
        """A page whose topic is the school and which complains about it, though not next to
        its name (a review: "… homework every night … emails unanswered … 1 star"): the school
        is criticised. When the page's words are aimed at staff, only a low rating counts."""
        named = [o for o in occs if o.variant != "place"] or occs
        if self._news_page(nd):
            return m  # a report of proceedings: its readers' comments are not the page's topic
        # The school is the page's topic when the page is short (a post, a review) or names
        # it more than once or in its title; a passing mention in a long page (a list of
        # snow closures, a job-seeker's story) does not make the rest of the page about it.
        ratings_only = (
            len(nd.norm) > TOPIC_SHORT and len(named) < 2 and min(o.start for o in named) > 200
        )
        lo = max(0, min(o.start for o in named) - 400)
        hi = min(len(nd.norm), max(o.end for o in named) + 1500)
        people = tuple(
            (a - lo, b - lo) for subj, a, b in all_spans if subj != "school" and lo <= a < hi
        )
        own = tuple((o.start - lo, o.end - lo) for o in occs if lo <= o.start < hi)
        cues = concern.topic_complaints(
            nd.norm[lo:hi],
            people,
            ratings_only=ratings_only,
            institution_only=aimed_at_staff,
            own=own,
            article=self._article(nd),
        )
        return self._with_complaint(m, cues)

    @staticmethod
    def _deliberate(nd: Normalised, o: Occ) -> bool:
        """Written to reach this person: a listed alias, a tag, or a disguised spelling."""
        if o.variant == "alias" and o.person is not None and o.person.first not in TITLES:
            # an alias that is an ordinary name ("Grace Nowak", an anglicised form) can belong
            # to a stranger like any other name; "Mrs O'B" or "Mr Whitts" cannot
            return len(o.person.first) <= 1 or o.person.first in ALIAS_ROLE_WORDS
        if o.variant in DELIBERATE:
            return True
        if o.variant in ("handle", "hashtag"):
            # a teacher's title in the tag (@missdunmore_sci), not anyone's own account
            return TEACHER_TAG.match(nd.norm, o.start, o.end) is not None
        s, e = nd.span(o.start, o.end)
        if (
            o.variant in ("surname", "lower_surname", "surname_only")
            and SPACED_LETTERS.search(nd.original, s, e) is not None
        ):
            return True  # "C o u l s o n", "H.o.s.k.i.n.g"
        return nd.is_disguised(s, e) or DISGUISE_CHARS.search(nd.original, s, e) is not None

    @staticmethod
    def _school_words_around(norm: str, o: Occ) -> bool:
        """School words in the sentence that holds ``o`` or the one before it ("Ravensmoor
        teachers are all losers. Okafor, Finch, the lot of them"), not in a footer that says
        where the post was filed ("Hughes scored twice. Posted in the … parents group")."""
        lo, hi = concern.sentence_span(norm, o.start)
        back = len(norm[:lo].rstrip(" \n.!?\"')]")) - 1
        if back > 0:
            lo = concern.sentence_span(norm, back)[0]
        return SCHOOL_WORDS.search(norm, max(lo, o.start - 160), hi) is not None

    def _posted_surname(self, nd: Normalised, o: Occ) -> bool:
        """A capitalised surname only one watched person has, not the first word of a title
        or of something else's name."""
        return o.variant == "surname" and self._sole_owner(o) and not self._opens_a_title(nd, o)

    @staticmethod
    def _in_school_sentence(norm: str, o: Occ, occs: list[Occ]) -> bool:
        """Is ``o`` in a sentence that names the school itself (not only its area)?"""
        own = concern.sentence_span(norm, o.start)
        return any(
            k.subject == "school"
            and k.variant != "place"
            and concern.sentence_span(norm, k.start) == own
            for k in occs
        )

    @staticmethod
    def _in_someone_elses_name(nd: Normalised, o: Occ) -> bool:
        """Is this bare surname the end of another person's full name ("Stacey Nancarrow")
        or part of a handle ("Kaur_Mum_of_2", "@kaurmum")?"""
        a, b = nd.span(o.start, o.end)
        text = nd.original
        return (
            CAPITAL_WORD_BEFORE.search(text, max(0, a - 30), a) is not None
            or text[a - 1 : a] in ("@", "_", "#")
            or text[b : b + 1] in ("_", "@")
        )

    def _tied_to_school(self, norm: str, occs: list[Occ]) -> set[str]:
        """Staff named in a sentence that says they teach or work at the school, by its name
        or as "the school" ("St Dallán's College teacher Niall Mullan", "Niall Mullan, who
        teaches at the college")."""
        tied: set[str] = set()
        # (a substring test first: most pages say nothing of teaching)
        if not any(w in norm for w in TEACH_WORDS):
            return tied
        for o in occs:
            if o.subject == "school" or o.subject in tied or o.variant in WEAK_FORMS:
                continue
            lo, hi = concern.sentence_span(norm, o.start)
            lo, hi = max(lo, o.start - 120), min(hi, o.end + 120)
            if TEACHES.search(norm, lo, hi) is None:
                continue
            if self._own_school_noun_near(norm, o) or any(
                s.subject == "school" and s.variant != "place" and lo <= s.start < hi for s in occs
            ):
                tied.add(o.subject)
        return tied

    def _own_school_noun_near(self, norm: str, o: Occ) -> bool:
        """Is the school spoken of as "the school", or by the word its own name uses ("the
        college", "our academy"), in the sentence that holds ``o``?"""
        lo, hi = concern.sentence_span(norm, o.start)
        return any(
            m.group(1) == "school" or m.group(1) in self._own_words
            for m in THE_SCHOOL_NOUN.finditer(norm, max(lo, o.start - 160), min(hi, o.end + 160))
        )

    @staticmethod
    def _schoolish(norm: str, o: Occ) -> bool:
        if norm.startswith("miss ", o.start):
            return True  # "Miss Dunmore": what pupils and parents call a teacher
        lo, hi = max(0, o.start - SCHOOLISH_REACH), o.end + SCHOOLISH_REACH
        return bool(SCHOOL_WORDS.search(norm, lo, hi) or ROLE_NEAR.search(norm, lo, hi))

    def _area_or_site(
        self,
        nd: Normalised,
        url: str,
        places: list[tuple[int, int]],
        excluded: list[tuple[int, int]],
        *,
        site_only: bool = False,
    ) -> bool:
        """Does the page link to the school's site or mention a place of its area other than
        the short name itself (so "Holloway Park" near "Kestrel Bridge" is the school)?"""
        norm = nd.norm
        host = _host(url)
        if any(d in norm or _on_domain(host, d) for d in self.own_domains):
            return True
        if site_only:
            return False
        for loc in self.localities:
            for i in _find_all(norm, loc):
                if any(s <= i < e for s, e in excluded) or self._elsewhere(nd, i + len(loc)):
                    continue
                if any(s < i + len(loc) and i < e for s, e in places):
                    continue  # the short name itself, not another place
                return True
        return False

    def _other_school_ref(
        self, nd: Normalised, url: str, occs: list[Occ], excluded: list[tuple[int, int]]
    ) -> str:
        norm = nd.norm
        for loc in self.localities:
            found = _find_all(norm, loc)
            if any(AREA_SCHOOL.match(norm, i + len(loc)) for i in found):
                # a page about another school of the area ("Reviews of Tanhouse Primary
                # School … Tanhouse has a lovely feel"): its people are not ours
                continue
            for i in found:
                if any(s <= i < e for s, e in excluded) or self._elsewhere(nd, i + len(loc)):
                    continue
                return f"{AREA_REF} (“{display_case(loc)}”)"
        for d in self.own_domains:
            if d in norm:
                return f"the page links to the school's site ({d})"
        host = _host(url)
        for first in self.idx.school_short:
            for tail in self.idx.school_short_tail.get(first, ((),)):
                w = first + "".join(tail)
                if w in host or w in (url or "").lower():
                    return f"the page's address names the school ({w})"
        return ""

    def _passage(
        self, norm: str, start: int, end: int, others: list[tuple[int, int]] | None = None
    ) -> tuple[int, str]:
        """The sentence holding the mention and the one after it (unless that one names
        someone else, whom it is then about)."""
        lo = max(0, start - 400)
        para = norm.rfind("\n", lo, start)
        lo = para + 1 if para != -1 else lo
        starts = [lo] + [
            m.end()
            for m in SENT_BREAK.finditer(norm, lo, start)
            if not self._false_break(norm, m.start())
        ]
        s = starts[-1]
        if len(starts) > 1 and not any(starts[-2] <= os_ < s for os_, _ in others or ()):
            s = starts[-2]  # the sentence before, unless it is about someone else
        hi = norm.find("\n", end, end + 500)
        e = hi if hi != -1 else min(len(norm), end + 500)
        ends = [
            m.end()
            for m in SENT_BREAK.finditer(norm, end, e)
            if not self._false_break(norm, m.start())
        ]
        if not ends or ends[-1] < e:
            ends.append(e)  # the paragraph's last sentence, unpunctuated
        # The mention's sentence, then the sentences after it in the same paragraph while
        # they stay short ("Hope Mr T crashes his car. Seriously. Hope he dies …"), stopping
        # before one that names someone else, whom it is then about.
        e = ends[0]
        for prev, nxt in zip(ends, ends[1:], strict=False):
            if any(prev <= os_ < nxt for os_, _ in others or ()):
                break
            e = nxt
            if nxt - ends[0] >= FOLLOW_ON:
                break
        return s, norm[s:e]

    def _follow_on(
        self,
        nd: Normalised,
        start: int,
        others: list[tuple[int, int]],
        news_page: bool,
    ) -> list[concern.Cue]:
        """Attacks in what follows the passage, in the same post or thread, before another
        member of staff is named ("Shazia Begum is still employed there. … she is a lazy,
        two-faced waste of space"; "Ashworth-Lane leaves at ten past five. … Would be a shame
        if something happened to that car."), up to ``FOLLOW_ATTACKS`` characters. Only
        attacks (threat, hate, sexual, misconduct, insult) count here, never complaints: a
        parent's "she came home upset" about their child is not about the teacher."""
        norm = nd.norm
        stop = min(len(norm), start + FOLLOW_ATTACKS)
        for a, _ in others:
            if start <= a < stop:
                # the sentence that names them is about them, from its start ("that
                # miserable old git on the gate, Callaghan")
                stop = max(start, concern.sentence_span(norm, a)[0])
        if stop - start < 10:
            return []
        # ("He lives at 21 Cherry Lane … his personal mobile is …": doxxing, on a post)
        personal = not self._article(nd) and DOXXING_HINT.search(norm, start, stop) is not None
        cues = concern.classify(
            norm[start:stop],
            staff=True,
            school_phones=self.school_phones,
            own_domains=self.own_domains,
            localities=self.localities,
            news_page=news_page,
            attacks_only=not personal,
        )
        return [
            replace(c, rule=c.rule + " (further on, about the same person)", pos=0)
            for c in cues
            if c.category in concern.SERIOUS or (personal and c.category == Category.DOXXING)
        ]

    def _lead_in(
        self, nd: Normalised, start: int, others: list[tuple[int, int]]
    ) -> list[concern.Cue]:
        """Personal details given just before the name in the same short post ("Her personal
        email is … Flood it. Tredgold-Pryce thinks she can hide …"), after any other member
        of staff named there: doxxing of the person the post goes on to name."""
        norm = nd.norm
        if len(norm) > SHORT_PAGE or self._article(nd):
            return []
        lo = max([0, start - LEAD_IN, *(b for a, b in others if b <= start)])
        if start - lo < 10 or not DOXXING_HINT.search(norm, lo, start):
            return []
        cues = concern.doxxing(
            norm[lo:start], self.school_phones, self.own_domains, self.localities
        )
        return [
            replace(c, rule=c.rule + " (just before, about the same person)", pos=0) for c in cues
        ]

    @staticmethod
    def _listed_with(norm: str, o: Occ, a: int) -> int:
        """Is the other member of staff named at ``a`` in one list with ``o`` ("Ahmed as
        deputy and Warsame running SEN")? Then the end of that sentence, after which what is
        said is about them both; else -1."""
        if a < o.end:
            return -1
        gap = norm[o.end : a]
        if len(gap) > LIST_GAP or not LIST_JOIN.search(gap) or SENTENCE_BREAK.search(gap):
            return -1
        stop = SENTENCE_BREAK.search(norm, a)
        return stop.end() if stop is not None else -1

    @staticmethod
    def _false_break(norm: str, i: int) -> bool:
        if norm[i] != ".":
            return False
        w = norm[max(0, i - 5) : i].split(" ")[-1]
        return w in TITLES or len(w) == 1

    def _modifier(self, norm: str, o: Occ, staff_spans: list[tuple[int, int]]) -> bool:
        """Is this school mention only saying where a named staff member works?"""
        for s, e in staff_spans:
            gap = norm[e : o.start] if e <= o.start else norm[o.end : s] if o.end <= s else None
            if gap is not None and len(gap) <= 40 and MODIFIER_GAP.fullmatch(gap):
                return True
        return False

    def _page_facts(self, nd: Normalised) -> None:
        if self._page_for is not nd:
            self._page_for = nd
            self._page_news = (
                self._words_for is not nd or concern.may_report_news(self._page_words)
            ) and concern.is_news_report(nd.norm)
            self._page_article = concern.is_news_article(nd.norm)
            # (a forum or social thread, "Quote | Report | Like", not an article with comments:
            # only asked of pages that report proceedings)
            self._page_thread = (
                self._page_news
                and THREAD_FURNITURE.search(nd.norm) is not None
                and not any(f in nd.norm for f in concern.ARTICLE_FURNITURE)
            )

    def _article(self, nd: Normalised) -> bool:
        """Is the page a news article (its own words of its story report, not complain)?"""
        self._page_facts(nd)
        return self._page_article

    def _thread(self, nd: Normalised) -> bool:
        """Is the page a forum or social thread that reports proceedings?"""
        self._page_facts(nd)
        return self._page_thread

    def _news_page(self, nd: Normalised) -> bool:
        """Does the page report court or police proceedings?"""
        self._page_facts(nd)
        return self._page_news

    def _judge(
        self,
        nd: Normalised,
        subject: str,
        group: list[Occ],
        school_ref: str,
        staff_spans: list[tuple[int, int]],
        all_spans: list[tuple[str, int, int]],
        institution_only: bool = False,
    ) -> Mention:
        """``institution_only``: the page attacks or criticises staff, so for the school only
        words in a sentence about the institution count ("the school did nothing", "TVCC
        English dept is a joke"), not the words aimed at the person."""
        staff = subject != "school"
        scored = []
        # (a parents' forum thread that cites a court report still makes its own allegations:
        # only a news page reports every allegation on it)
        news_page = self._news_page(nd) and not self._thread(nd)
        # Other people named nearby bound the passage; the school's name does not.
        others = [(a, b) for subj, a, b in all_spans if subj not in (subject, "school")]
        staff_named = any(subj != "school" for subj, _, _ in all_spans)
        for o in group:
            p0, passage = self._passage(nd.norm, o.start, o.end, others)
            followed = False  # cues from further on rank below the occurrence's own
            if not staff and self._modifier(nd.norm, o, staff_spans):
                # What the sentence says is about the person; the school is their address.
                cues = []
            else:
                # Other staff named in the passage: for the school, their sentences are
                # about them, not about the school.
                # (one named in a list with this person is left to the check below, which
                # lets what follows the list be about them both)
                people = tuple(
                    (a - p0, b - p0)
                    for subj, a, b in all_spans
                    if subj not in (subject, "school")
                    and p0 <= a < p0 + len(passage)
                    and not (staff and self._listed_with(nd.norm, o, a) >= 0)
                )
                cues = concern.classify(
                    passage,
                    staff=staff,
                    school_phones=self.school_phones,
                    own_domains=self.own_domains,
                    localities=self.localities,
                    people=people,
                    news_page=news_page,
                    own=(o.start - p0, o.end - p0),
                    institution_only=institution_only,
                    staff_named=staff_named,
                    article=self._article(nd),
                )
                tag = nd.norm[max(0, o.start - 1) : o.end]
                if o.variant == "camelcase":
                    tag = "#" + nd.norm[o.start : o.end]  # a campaign's tag without its "#"
                if staff and GO_HOME_TAG.fullmatch(tag):
                    cues.append(
                        concern.Cue(
                            Category.HATE,
                            "hate speech against a protected group (a tag telling them to go home)",
                            tag,
                            o.start - 1 - p0,
                        )
                    )
                elif staff and CAMPAIGN_AGAINST.fullmatch(tag):
                    cues.append(
                        concern.Cue(
                            Category.NEGATIVE, "a campaign against them", tag, o.start - 1 - p0
                        )
                    )
                if staff and not any(c.category in concern.SERIOUS for c in cues):
                    further = self._follow_on(nd, p0 + len(passage), others, news_page)
                    if further:
                        cues, followed = [*further, *cues], True
                if staff and not any(c.category is Category.DOXXING for c in cues):
                    before = self._lead_in(nd, p0, others)
                    if before:
                        cues, followed = [*before, *cues], True
                # A cue belongs to the nearest person named before it ("Mrs Young is lovely
                # but Mr Baker is a prick"): drop cues with another staff name in between.
                blockers = [(a, b) for subj, a, b in all_spans if subj not in (subject, "school")]
                # ... unless both are named in one list and hate for what they are comes
                # after it ("Ahmed and Warsame … towelheads teaching English kids")
                listed = {a: self._listed_with(nd.norm, o, a) if staff else -1 for a, _ in blockers}
                cues = [
                    c
                    for c in cues
                    if not any(
                        (
                            o.end <= a
                            and b <= p0 + c.pos
                            and not (c.category == Category.HATE and 0 <= listed[a] <= p0 + c.pos)
                            # "X, and her deputy, Y, have been falsifying …": both do it
                            and not (listed[a] >= 0 and LIST_PLURAL_AFTER.match(nd.norm, b))
                        )
                        or (p0 + c.pos < a and b <= o.start)
                        for a, b in blockers
                    )
                ]
                dox = [c for c in cues if c.category is Category.DOXXING]
                if len(dox) > 1:
                    # a list of names and their details ("Jamie Petrie - jp@…, Siobhan O'Rourke
                    # - so@…"): each name's are those after it; one, the nearest, is reason enough
                    after = [c for c in dox if p0 + c.pos >= o.start]
                    near = min(after or dox, key=lambda c: abs(p0 + c.pos - o.start))
                    cues = [c for c in cues if c.category is not Category.DOXXING or c is near]
                if staff and any(c.category is Category.NEGATIVE for c in cues):
                    # "Mrs Hussain has been kind to us … Complaint has gone to the trust": a
                    # person praised in their own sentence is not what the complaints around
                    # it are about
                    lo, hi = concern.sentence_span(nd.norm, o.start)
                    if concern.praises(nd.norm[lo:hi], passage):
                        cues = [
                            c
                            for c in cues
                            if c.category is not Category.NEGATIVE or lo <= p0 + c.pos < hi
                        ]
            cats = _ordered({c.category for c in cues} or {Category.NEUTRAL})
            sev = severity_of(cats)
            # The name itself must be the best evidence; surname-only echoes break ties last.
            rank = (sev.rank, followed, o.variant in ("surname", "place"), -o.score, o.start)
            scored.append((rank, o, cats, cues, passage))
        scored.sort(key=lambda x: x[0])
        _, best, cats, cues, passage = scored[0]
        if best.variant in ("surname", "place"):
            primary = min(
                (x for x in scored if x[1].variant not in ("surname", "place")),
                key=lambda x: x[0],
                default=scored[0],
            )[1]
            score = primary.score
        else:
            primary, score = best, best.score
        if not staff and best.variant in ("short_name", "place"):
            score = min(score, BASE_SCORE["short_name"])
        start, end = nd.span(best.start, best.end)
        matched = nd.original[start:end]
        url_only = _url_only(nd, cats)
        reason = self._reason(subject, best, primary, matched, cues, school_ref, staff, url_only)
        variant = best.variant if best.variant not in ("surname", "place") else primary.variant
        if variant == "place":
            variant = "short_name"
        lo, hi = max(0, start - 100), min(len(nd.original), end + 100)
        snippet = " ".join(nd.original[lo:hi].split())
        return Mention(
            subject=subject,
            matched=matched,
            start=start,
            end=end,
            score=round(min(1.0, max(0.0, score)), 3),
            variant=variant,
            reason=reason,
            categories=tuple(cats),
            severity=severity_of(cats),
            snippet=snippet,
            url_only=url_only,
        )

    def _reason(
        self,
        subject: str,
        best: Occ,
        primary: Occ,
        matched: str,
        cues: list[concern.Cue],
        school_ref: str,
        staff: bool,
        url_only: bool,
    ) -> str:
        if staff:
            who = self.idx.staff_display.get(subject, subject)
            role = self.idx.staff_role.get(subject, "")
            who = f"{who} ({role})" if role else who
        else:
            who = self.idx.school_name
        how = VARIANT_WORDS.get(primary.variant, primary.variant)
        parts = [f"Names {who}: “{matched}” matched as {how} ({primary.detail})."]
        if best is not primary:
            parts[0] = (
                f"Names {who}: matched as {how} ({primary.detail}); the passage "
                f"quoted here uses “{matched}”."
            )
        if staff:
            if self.idx.staff_unique.get(subject) and not school_ref:
                parts.append("The name is marked distinctive, so no school context is needed.")
            elif school_ref:
                parts.append(f"Context: {school_ref}.")
        if cues:
            for c in sorted(cues, key=lambda c: CATEGORY_SEVERITY[c.category].rank):
                parts.append(f"{c.category.value.capitalize()}: {c.rule} — “{c.words}”.")
        else:
            parts.append(NEUTRAL_REASON)
        if url_only:
            parts.append(URL_ONLY_REASON)
        return " ".join(parts)
